/* Internal header: every .Call entry point of peersurvey, and the small
 * checks each entry point runs on what it is given.  init.c registers
 * exactly the functions declared here, so the two cannot drift. */
#ifndef PEERSURVEY_H
#define PEERSURVEY_H

#define R_NO_REMAP
#include <R.h>
#include <Rinternals.h>
#include <R_ext/Rdynload.h>
#include <R_ext/Visibility.h>
#include <R_ext/Utils.h>
#include <stdint.h>
#include <math.h>

/* How often long loops look for a user interrupt (a power of two). */
#define PSV_INTERRUPT_EVERY 1048576

/* ---- checks run on entry: a wrong call is an R error, never a crash ---- */

static R_INLINE void psv_check_type(SEXP x, SEXPTYPE type, const char *what)
{
    if ((SEXPTYPE) TYPEOF(x) != type)
        Rf_error("'%s' must be of type %s, not %s", what,
                 Rf_type2char(type), Rf_type2char(TYPEOF(x)));
}

static R_INLINE void psv_check_length(SEXP x, R_xlen_t n, const char *what)
{
    if (XLENGTH(x) != n)
        Rf_error("'%s' must have length %lld, not %lld", what,
                 (long long) n, (long long) XLENGTH(x));
}

/* A scalar integer (or integer-valued double) that is not NA and lies in
 * [lo, hi]. */
static R_INLINE int psv_as_int(SEXP x, const char *what, int lo, int hi)
{
    int v;
    if ((TYPEOF(x) != INTSXP && TYPEOF(x) != REALSXP) || XLENGTH(x) != 1)
        Rf_error("'%s' must be a single number", what);
    if (TYPEOF(x) == INTSXP) {
        v = INTEGER_ELT(x, 0);
        if (v == NA_INTEGER) Rf_error("'%s' must not be NA", what);
    } else {
        double d = REAL_ELT(x, 0);
        /* range first: casting a double outside int's range is undefined */
        if (!R_FINITE(d) || d != floor(d))
            Rf_error("'%s' must be a whole number", what);
        if (d < (double) lo || d > (double) hi)
            Rf_error("'%s' must lie between %d and %d, not %.0f", what, lo, hi, d);
        v = (int) d;
    }
    if (v < lo || v > hi)
        Rf_error("'%s' must lie between %d and %d, not %d", what, lo, hi, v);
    return v;
}

static R_INLINE int psv_as_flag(SEXP x, const char *what)
{
    if (TYPEOF(x) != LGLSXP || XLENGTH(x) != 1 || LOGICAL_ELT(x, 0) == NA_LOGICAL)
        Rf_error("'%s' must be TRUE or FALSE", what);
    return LOGICAL_ELT(x, 0);
}

static R_INLINE double psv_as_double(SEXP x, const char *what)
{
    if ((TYPEOF(x) != INTSXP && TYPEOF(x) != REALSXP) || XLENGTH(x) != 1)
        Rf_error("'%s' must be a single number", what);
    double d = Rf_asReal(x);
    if (ISNAN(d)) Rf_error("'%s' must not be NA or NaN", what);
    return d;
}

/* ---- reading input without copying it ----
 * INTEGER() and friends ask for a writable pointer: an ALTREP wrapper (what
 * structure(), attr<- and some readers return) then duplicates its data.
 * Input is read through the *_RO accessors, or through a psv_reader: its
 * pointer comes from DATAPTR_OR_NULL(), which gives the data of ordinary
 * vectors and of wrappers, and NULL for ALTREP vectors with no data in
 * memory (compact sequences such as 1:n, lazy readers).  Those are read a
 * block at a time with *_GET_REGION into a buffer, never expanded. */
typedef struct {
    SEXP x;
    const void *p;   /* the data, or NULL: read by region into buf */
    void *buf;
} psv_reader;

/* `block`: the most elements asked for at once */
static R_INLINE psv_reader psv_reader_of(SEXP x, R_xlen_t block)
{
    psv_reader r = { x, DATAPTR_OR_NULL(x), NULL };
    if (r.p == NULL)
        r.buf = R_alloc((size_t) block, TYPEOF(x) == REALSXP ? sizeof(double) : sizeof(int));
    return r;
}

/* elements i .. i + len - 1 of an integer or logical vector; an ALTREP
 * class that gives fewer than asked is an error, not unread memory */
static R_INLINE const int *psv_ints(const psv_reader *r, R_xlen_t i, R_xlen_t len)
{
    if (r->p != NULL) return (const int *) r->p + i;
    R_xlen_t got = TYPEOF(r->x) == LGLSXP ? LOGICAL_GET_REGION(r->x, i, len, (int *) r->buf)
                                          : INTEGER_GET_REGION(r->x, i, len, (int *) r->buf);
    if (got != len) Rf_error("could not read elements %lld to %lld of a vector",
                             (long long) i + 1, (long long) (i + len));
    return (const int *) r->buf;
}

static R_INLINE const double *psv_doubles(const psv_reader *r, R_xlen_t i, R_xlen_t len)
{
    if (r->p != NULL) return (const double *) r->p + i;
    if (REAL_GET_REGION(r->x, i, len, (double *) r->buf) != len)
        Rf_error("could not read elements %lld to %lld of a vector",
                 (long long) i + 1, (long long) (i + len));
    return (const double *) r->buf;
}

/* ---- popcount ----
 * The builtin where the compiler has one (one instruction where the target
 * has it, see tabulate.c), otherwise the portable count, which adds the
 * bits in ever wider fields.  Build with -DPSV_NO_BUILTIN_POPCOUNT to use
 * and test the portable one. */
static R_INLINE int psv_popcount64_portable(uint64_t v)
{
    v = v - ((v >> 1) & 0x5555555555555555ULL);
    v = (v & 0x3333333333333333ULL) + ((v >> 2) & 0x3333333333333333ULL);
    v = (v + (v >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return (int) ((v * 0x0101010101010101ULL) >> 56);
}
#if (defined(__GNUC__) || defined(__clang__)) && !defined(PSV_NO_BUILTIN_POPCOUNT)
#define PSV_HAVE_BUILTIN_POPCOUNT 1
#define psv_popcount64(v) __builtin_popcountll(v)
#else
#define psv_popcount64(v) psv_popcount64_portable(v)
#endif

/* ---- .Call entry points, one block per feature (file) ---- */

/* tabulate.c */
/* tabulate: begin */
SEXP C_tabulate_choice(SEXP x, SEXP nlevels, SEXP group, SEXP ngroup, SEXP weights);
SEXP C_tabulate_multi(SEXP x, SEXP group, SEXP ngroup, SEXP weights);
/* tabulate: end */

/* textcode.c */
/* textcode: begin */
SEXP C_text_dictionary(SEXP patterns, SEXP category, SEXP kind, SEXP yield, SEXP ncat,
                       SEXP cues, SEXP window, SEXP gap, SEXP approximate, SEXP bare);
SEXP C_text_dictionary_ok(SEXP dictionary);
SEXP C_code_text(SEXP text, SEXP dictionary, SEXP evidence, SEXP context,
                 SEXP native_utf8, SEXP threads);
SEXP C_text_words(SEXP text);
SEXP C_text_pattern_keys(SEXP patterns);
SEXP C_fold_text(SEXP x);
/* textcode: end */

/* ladder.c */
/* ladder: begin */
SEXP C_code_coproduction(SEXP ticks, SEXP rung, SEXP nrung);
/* ladder: end */

/* ci.c */
/* ci: begin */
SEXP C_prop_ci(SEXP x, SEXP n, SEXP N, SEXP conf);
/* ci: end */

/* resample.c */
/* resample: begin */
SEXP C_test_multi_independence(SEXP y, SEXP group, SEXP ngroups, SEXP B,
                               SEXP add_constant, SEXP valid);
/* resample: end */

/* fisher.c */
/* fisher: begin */
SEXP C_fisher_test(SEXP x, SEXP colsum, SEXP max_paths);
SEXP C_fisher_rxc(SEXP x, SEXP max_paths);
/* fisher: end */
/* read.c */
/* read: begin */
SEXP C_read_decode(SEXP bytes, SEXP encoding);
SEXP C_read_tokenize(SEXP text, SEXP range, SEXP delimiter);
SEXP C_text_nfc(SEXP x);
/* read: end */

/* suppress.c */
/* suppress: begin */
SEXP C_suppress_complement(SEXP counts, SEXP primary);
SEXP C_suppress_audit(SEXP counts, SEXP primary, SEXP mask, SEXP up, SEXP down);
/* suppress: end */

#endif
