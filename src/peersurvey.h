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
        v = INTEGER(x)[0];
        if (v == NA_INTEGER) Rf_error("'%s' must not be NA", what);
    } else {
        double d = REAL(x)[0];
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
    if (TYPEOF(x) != LGLSXP || XLENGTH(x) != 1 || LOGICAL(x)[0] == NA_LOGICAL)
        Rf_error("'%s' must be TRUE or FALSE", what);
    return LOGICAL(x)[0];
}

static R_INLINE double psv_as_double(SEXP x, const char *what)
{
    if ((TYPEOF(x) != INTSXP && TYPEOF(x) != REALSXP) || XLENGTH(x) != 1)
        Rf_error("'%s' must be a single number", what);
    double d = Rf_asReal(x);
    if (ISNAN(d)) Rf_error("'%s' must not be NA or NaN", what);
    return d;
}

/* ---- .Call entry points, one block per feature (file) ---- */

/* tabulate.c */
/* tabulate: begin */
SEXP C_tabulate_choice(SEXP x, SEXP nlevels, SEXP group, SEXP ngroup, SEXP weights);
SEXP C_tabulate_multi(SEXP x, SEXP group, SEXP ngroup, SEXP weights);
/* tabulate: end */

/* textcode.c */
/* textcode: begin */
SEXP C_text_dictionary(SEXP patterns, SEXP category, SEXP kind, SEXP yield, SEXP ncat,
                       SEXP cues, SEXP window, SEXP gap, SEXP approximate);
SEXP C_text_dictionary_ok(SEXP dictionary);
SEXP C_code_text(SEXP text, SEXP dictionary, SEXP evidence, SEXP context);
SEXP C_text_words(SEXP text);
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

#endif
