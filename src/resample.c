/* Bootstrap test of multiple marginal independence between a
 * multiple-response item (c options) and a grouping (r groups), as in
 * Bilder and Loughin (2004).  Each answer's option vector is packed into
 * 64-bit words once, and the distinct vectors (patterns) are numbered; a
 * replicate draws n row indices as R_unif_index() does (R's exact sampling,
 * so the draws are those of sample() and of MRCV for the same seed), gives
 * the first n_1 draws to group 1, the next n_2 to group 2, ..., counts
 * draws per pattern and group (one integer increment per draw), turns
 * those into the option x group counts and computes the sum over options
 * of the Pearson statistics of the 2 x r tables. */
#include "peersurvey.h"
#include <R_ext/Random.h>
#include <limits.h>
#include <string.h>

#if defined(__GNUC__) || defined(__clang__)
#define RESAMPLE_CTZ(v) __builtin_ctzll(v)
#else
static int RESAMPLE_CTZ(uint64_t v) { int b = 0; while (!(v & 1)) { v >>= 1; b++; } return b; }
#endif

/* Replicates between two looks for a user interrupt. */
#define RESAMPLE_INTERRUPT_EVERY 64

typedef struct {
    R_xlen_t n;          /* answers */
    int c;               /* options */
    int r;               /* groups */
    int words;           /* 64-bit words per packed answer */
    const uint64_t *bits;/* n * words */
    const R_xlen_t *gsize; /* r group sizes, summing to n */
    const int *valid;    /* c flags: option enters the statistic */
    double add;          /* replaces zero cells, as MRCV's add.constant */
    /* distinct answers (patterns) */
    R_xlen_t npat;
    const int *pat;      /* n: the pattern of each answer */
    const R_xlen_t *opt_from; /* npat + 1: options ticked by pattern k are */
    const int *opt;      /* opt[opt_from[k] .. opt_from[k + 1] - 1] */
    int by_pattern;      /* count draws per pattern (else per option) */
    int sampler;         /* how row indices are drawn: see draw_row() */
    int nbits;           /* SAMPLE_REJECTION: ceil(log2(n)) */
} mi_problem;

/* ---- drawing row indices --------------------------------------------------
 * R_unif_index(n), R's sampler of an index below n (what sample() uses),
 * takes most of the time of a replicate, about a fifth of it on work that
 * is the same for every draw (log2(n), calls).  So the sampler is done here
 * the same way, with the constants computed once: for sample.kind
 * "Rejection" (the default since R 3.6.0) ceil(log2(n)) random bits made
 * of 16-bit pieces of unif_rand(), drawn again while >= n; for "Rounding"
 * floor(n * unif_rand()).  It is used only when it draws the same indices
 * as R_unif_index() from the current seed (checked on 64 draws, after which
 * the state is read again from .Random.seed), so another R version or a
 * user-supplied generator falls back to R_unif_index(). */
enum { SAMPLE_R = 0, SAMPLE_REJECTION = 1, SAMPLE_ROUNDING = 2 };

static R_INLINE double draw_row(const mi_problem *p, double dn)
{
    if (p->sampler == SAMPLE_REJECTION) {
        const int_least64_t mask = ((int_least64_t) 1 << p->nbits) - 1;
        double dv;
        do {
            int_least64_t v = 0;
            /* unif_rand() lies in (0, 1): the cast is R's floor() */
            for (int k = 0; k <= p->nbits; k += 16)
                v = 65536 * v + (int) (unif_rand() * 65536);
            dv = (double) (v & mask);
        } while (dn <= dv);
        return dv;
    }
    if (p->sampler == SAMPLE_ROUNDING) return floor(dn * unif_rand());
    return R_unif_index(dn);
}

/* The sampler to use for indices below n (>= 1): see above.  Leaves the
 * generator's state as .Random.seed has it. */
static int choose_sampler(mi_problem *p)
{
    int nprot = 0;
    double dn = (double) p->n;
    p->nbits = (int) ceil(log2(dn));
    SEXP call = PROTECT(Rf_lang1(Rf_install("RNGkind"))); nprot++;
    SEXP kind = PROTECT(Rf_eval(call, R_BaseEnv)); nprot++;
    int want = SAMPLE_R;
    if (TYPEOF(kind) == STRSXP && XLENGTH(kind) >= 3 &&
        strcmp(CHAR(STRING_ELT(kind, 0)), "user-supplied") != 0) {
        const char *sk = CHAR(STRING_ELT(kind, 2));
        if (strcmp(sk, "Rejection") == 0) want = SAMPLE_REJECTION;
        else if (strcmp(sk, "Rounding") == 0) want = SAMPLE_ROUNDING;
    }
    UNPROTECT(nprot);
    if (want == SAMPLE_R || p->nbits > 62) return SAMPLE_R;
    double a[64];
    GetRNGstate();
    for (int i = 0; i < 64; i++) a[i] = R_unif_index(dn);
    GetRNGstate();  /* back to the state of .Random.seed */
    p->sampler = want;
    int same = 1;
    for (int i = 0; i < 64; i++) same &= draw_row(p, dn) == a[i];
    GetRNGstate();
    p->sampler = SAMPLE_R;
    return same ? want : SAMPLE_R;
}

/* Pearson statistic of the r x 2 table (count ticked, count not ticked)
 * per group, zero cells replaced by `add`; the sums follow chisq.test():
 * E = rowsum * colsum / total, terms taken column by column. */
static double pearson_2r(const double *ticked, const R_xlen_t *gsize, int r,
                         double add, double *scratch)
{
    double *row = scratch, col0 = 0, col1 = 0, tot = 0, x2 = 0;
    for (int i = 0; i < r; i++) {
        double a = ticked[i], b = (double) gsize[i] - ticked[i];
        if (a == 0) a = add;
        if (b == 0) b = add;
        row[i] = a + b;
        col0 += b;
        col1 += a;
    }
    tot = col0 + col1;
    for (int k = 0; k < 2; k++) {
        double cs = k == 0 ? col0 : col1;
        for (int i = 0; i < r; i++) {
            double v = k == 0 ? (double) gsize[i] - ticked[i] : ticked[i];
            if (v == 0) v = add;
            double e = row[i] * cs / tot;
            x2 += (v - e) * (v - e) / e;
        }
    }
    return x2;
}

/* Per-option statistics from counts[j * r + i] (option j, group i).
 * Returns the sum over valid options, or NA_REAL when a valid option is
 * ticked by nobody or by everybody (the replicate is unusable). */
static double mi_statistic(const mi_problem *p, const double *counts,
                           double *per_option, double *scratch)
{
    double sum = 0;
    for (int j = 0; j < p->c; j++) {
        const double *cj = counts + (R_xlen_t) j * p->r;
        if (!p->valid[j]) { if (per_option) per_option[j] = NA_REAL; continue; }
        double tot = 0;
        for (int i = 0; i < p->r; i++) tot += cj[i];
        if (tot == 0 || tot == (double) p->n) {
            if (per_option) per_option[j] = NA_REAL;
            return NA_REAL;
        }
        double x2 = pearson_2r(cj, p->gsize, p->r, p->add, scratch);
        if (per_option) per_option[j] = x2;
        sum += x2;
    }
    return sum;
}

/* Counts of option x group, counts[j * r + i], from the rows' patterns. */
static R_INLINE void add_pattern(const mi_problem *p, R_xlen_t k, int group, R_xlen_t times,
                                 R_xlen_t *counts)
{
    for (R_xlen_t s = p->opt_from[k]; s < p->opt_from[k + 1]; s++)
        counts[(R_xlen_t) p->opt[s] * p->r + group] += times;
}

/* Observed counts: answer i belongs to group grp[i].  The work is n * c:
 * look for an interrupt about every PSV_INTERRUPT_EVERY cells. */
static void mi_observed(const mi_problem *p, const int *grp, double *counts)
{
    R_xlen_t *cnt = (R_xlen_t *) R_alloc((size_t) p->c * p->r, sizeof(R_xlen_t));
    memset(cnt, 0, sizeof(R_xlen_t) * (size_t) p->c * p->r);
    R_xlen_t every = PSV_INTERRUPT_EVERY / p->c > 0 ? PSV_INTERRUPT_EVERY / p->c : 1;
    for (R_xlen_t i = 0; i < p->n; i++) {
        if (i % every == every - 1) R_CheckUserInterrupt();
        add_pattern(p, p->pat[i], grp[i], 1, cnt);
    }
    for (R_xlen_t j = 0; j < (R_xlen_t) p->c * p->r; j++) counts[j] = (double) cnt[j];
}

/* One bootstrap replicate under independence: rows drawn with
 * replacement, group sizes kept.  Uses R's RNG: call between
 * GetRNGstate() and PutRNGstate().  `pc` holds r * npat draw counts
 * (by_pattern) and `cnt` c * r option counts. */
static double mi_replicate(const mi_problem *p, R_xlen_t *pc, R_xlen_t *cnt, double *counts,
                           double *scratch)
{
    const R_xlen_t cr = (R_xlen_t) p->c * p->r;
    const double dn = (double) p->n;
    const int *pat = p->pat;
    memset(cnt, 0, sizeof(R_xlen_t) * (size_t) cr);
    if (p->by_pattern) {
        /* few patterns: one increment per draw, then per pattern and group */
        memset(pc, 0, sizeof(R_xlen_t) * (size_t) p->npat * p->r);
        for (int g = 0; g < p->r; g++) {
            R_xlen_t *pg = pc + p->npat * g;
            for (R_xlen_t k = 0; k < p->gsize[g]; k++)
                pg[pat[(R_xlen_t) draw_row(p, dn)]]++;
        }
        for (int g = 0; g < p->r; g++) {
            const R_xlen_t *pg = pc + p->npat * g;
            for (R_xlen_t k = 0; k < p->npat; k++)
                if (pg[k]) add_pattern(p, k, g, pg[k], cnt);
        }
    } else {
        /* about as many patterns as rows: add each draw's options */
        for (int g = 0; g < p->r; g++)
            for (R_xlen_t k = 0; k < p->gsize[g]; k++)
                add_pattern(p, pat[(R_xlen_t) draw_row(p, dn)], g, 1, cnt);
    }
    for (R_xlen_t j = 0; j < cr; j++) counts[j] = (double) cnt[j];
    return mi_statistic(p, counts, NULL, scratch);
}

/* Numbers the distinct packed answers (open addressing on a hash of the
 * words): pat[i] for every row, and the options of each pattern as lists.
 * Returns the number of patterns. */
static R_xlen_t mi_patterns(const uint64_t *bits, R_xlen_t n, int words, int *pat,
                            R_xlen_t **opt_from, int **opt)
{
    size_t size = 16;
    while (size < 2 * (size_t) n) size <<= 1;
    R_xlen_t *slot = (R_xlen_t *) R_alloc(size, sizeof(R_xlen_t));  /* first row, or -1 */
    for (size_t h = 0; h < size; h++) slot[h] = -1;
    R_xlen_t npat = 0, nopt = 0;
    R_xlen_t *first = (R_xlen_t *) R_alloc((size_t) n, sizeof(R_xlen_t));
    for (R_xlen_t i = 0; i < n; i++) {
        if (i % PSV_INTERRUPT_EVERY == PSV_INTERRUPT_EVERY - 1) R_CheckUserInterrupt();
        const uint64_t *w = bits + i * words;
        uint64_t h = 0x9E3779B97F4A7C15ULL;
        for (int k = 0; k < words; k++) {
            /* splitmix64's finaliser over the words */
            uint64_t z = h ^ w[k];
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            h = z ^ (z >> 31);
        }
        size_t at = (size_t) h & (size - 1);
        for (;;) {
            R_xlen_t f = slot[at];
            if (f < 0) {
                slot[at] = npat;
                first[npat] = i;
                pat[i] = (int) npat++;
                for (int k = 0; k < words; k++) nopt += psv_popcount64(w[k]);
                break;
            }
            if (memcmp(bits + first[f] * words, w, sizeof(uint64_t) * (size_t) words) == 0) {
                pat[i] = (int) f;
                break;
            }
            at = (at + 1) & (size - 1);
        }
    }
    R_xlen_t *from = (R_xlen_t *) R_alloc((size_t) npat + 1, sizeof(R_xlen_t));
    int *o = (int *) R_alloc(nopt > 0 ? (size_t) nopt : 1, sizeof(int));
    R_xlen_t s = 0;
    for (R_xlen_t k = 0; k < npat; k++) {
        from[k] = s;
        const uint64_t *w = bits + first[k] * words;
        for (int q = 0; q < words; q++)
            for (uint64_t v = w[q]; v; v &= v - 1) o[s++] = q * 64 + RESAMPLE_CTZ(v);
    }
    from[npat] = s;
    *opt_from = from;
    *opt = o;
    return npat;
}

/* y: integer or logical n x c matrix of 0/1; group: integer codes 1..r,
 * every group present; B: replicates; add_constant: >= 0; valid: logical
 * length c.  Returns list(observed = per-option statistics, star = B
 * replicate sums, NA where unusable). */
SEXP C_test_multi_independence(SEXP y, SEXP group, SEXP ngroups, SEXP B,
                               SEXP add_constant, SEXP valid)
{
    int nprot = 0;
    if (TYPEOF(y) != INTSXP && TYPEOF(y) != LGLSXP)
        Rf_error("'y' must be of type integer or logical, not %s",
                 Rf_type2char(TYPEOF(y)));
    SEXP dim = Rf_getAttrib(y, R_DimSymbol);
    if (TYPEOF(dim) != INTSXP || XLENGTH(dim) != 2)
        Rf_error("'y' must be a matrix");
    R_xlen_t n = INTEGER_ELT(dim, 0);
    int c = INTEGER_ELT(dim, 1);
    if (n < 1 || c < 1) Rf_error("'y' must have at least one row and one column");
    psv_check_type(group, INTSXP, "group");
    psv_check_length(group, n, "group");
    /* every group must have answers, so there are at most n groups: checked
     * before the per-group scratch is allocated */
    int r = psv_as_int(ngroups, "ngroups", 1, n < INT_MAX ? (int) n : INT_MAX);
    /* 1e8 replicates (800 MB of results) is far beyond any use; a larger B
     * is a mistake, reported before gigabytes are asked for */
    int nb = psv_as_int(B, "B", 0, 100000000);
    double add = psv_as_double(add_constant, "add_constant");
    if (!(add >= 0) || !R_FINITE(add)) Rf_error("'add_constant' must be finite and non-negative");
    psv_check_type(valid, LGLSXP, "valid");
    psv_check_length(valid, c, "valid");

    /* read-only access: an ALTREP input is not duplicated */
    const int *py = (const int *) DATAPTR_RO(y), *pg = INTEGER_RO(group),
              *pv = LOGICAL_RO(valid);
    for (int j = 0; j < c; j++)
        if (pv[j] == NA_LOGICAL) Rf_error("'valid' must not be NA");
    R_xlen_t *gsize = (R_xlen_t *) R_alloc((size_t) r, sizeof(R_xlen_t));
    int *grp = (int *) R_alloc((size_t) n, sizeof(int));
    memset(gsize, 0, sizeof(R_xlen_t) * (size_t) r);
    for (R_xlen_t i = 0; i < n; i++) {
        int g = pg[i];
        if (g == NA_INTEGER || g < 1 || g > r)
            Rf_error("'group' must hold codes 1 to %d: element %lld is %d",
                     r, (long long) i + 1, g);
        grp[i] = g - 1;
        gsize[g - 1]++;
    }
    for (int g = 0; g < r; g++)
        if (gsize[g] == 0) Rf_error("group %d has no answers", g + 1);

    int words = (c + 63) / 64;
    uint64_t *bits = (uint64_t *) R_alloc((size_t) n * words, sizeof(uint64_t));
    memset(bits, 0, sizeof(uint64_t) * (size_t) n * words);
    R_xlen_t cells = 0;
    for (int j = 0; j < c; j++)
        for (R_xlen_t i = 0; i < n; i++) {
            if (++cells % PSV_INTERRUPT_EVERY == 0) R_CheckUserInterrupt();
            int v = py[i + (R_xlen_t) j * n];
            if (v == NA_INTEGER || (v != 0 && v != 1))
                Rf_error("'y' must hold 0 and 1 only: row %lld, column %d",
                         (long long) i + 1, j + 1);
            if (v) bits[i * words + j / 64] |= (uint64_t) 1 << (j % 64);
        }

    int *pat = (int *) R_alloc((size_t) n, sizeof(int));
    R_xlen_t *opt_from;
    int *opt;
    R_xlen_t npat = mi_patterns(bits, n, words, pat, &opt_from, &opt);
    /* counting draws by pattern costs r * npat per replicate on top of the
     * n draws: worth it unless almost every answer is a pattern of its own */
    int by_pattern = (double) r * (double) npat <= (double) n;
    mi_problem p = { n, c, r, words, bits, gsize, pv, add, npat, pat, opt_from, opt,
                     by_pattern, SAMPLE_R, 0 };
    R_xlen_t *pc = by_pattern ? (R_xlen_t *) R_alloc((size_t) npat * r, sizeof(R_xlen_t))
                              : NULL;
    R_xlen_t *cnt = (R_xlen_t *) R_alloc((size_t) c * r, sizeof(R_xlen_t));
    /* cppcheck-suppress invalidPointerCast ; R_alloc memory is aligned for any type */
    double *counts = (double *) R_alloc((size_t) c * r, sizeof(double));
    /* cppcheck-suppress invalidPointerCast ; as above */
    double *scratch = (double *) R_alloc((size_t) r, sizeof(double));

    SEXP observed = PROTECT(Rf_allocVector(REALSXP, c)); nprot++;
    SEXP star = PROTECT(Rf_allocVector(REALSXP, nb)); nprot++;
    mi_observed(&p, grp, counts);
    mi_statistic(&p, counts, REAL(observed), scratch);
    /* an option flagged valid but constant in the data has no statistic */
    for (int j = 0; j < c; j++)
        if (pv[j] && ISNA(REAL(observed)[j]))
            Rf_error("option %d is flagged valid but is constant", j + 1);

    double *ps = REAL(star);
    /* a replicate draws n rows: with many rows, check more often */
    int every = n >= RESAMPLE_INTERRUPT_EVERY * 16384 ? 1
                : RESAMPLE_INTERRUPT_EVERY;
    if (nb > 0) p.sampler = choose_sampler(&p);
    GetRNGstate();
    for (int b = 0; b < nb; b++) {
        if (b % every == 0) {
            /* keep the stream consistent if the user interrupts */
            PutRNGstate();
            R_CheckUserInterrupt();
            GetRNGstate();
        }
        ps[b] = mi_replicate(&p, pc, cnt, counts, scratch);
    }
    PutRNGstate();

    SEXP out = PROTECT(Rf_allocVector(VECSXP, 2)); nprot++;
    SET_VECTOR_ELT(out, 0, observed);
    SET_VECTOR_ELT(out, 1, star);
    SEXP nms = PROTECT(Rf_allocVector(STRSXP, 2)); nprot++;
    SET_STRING_ELT(nms, 0, Rf_mkChar("observed"));
    SET_STRING_ELT(nms, 1, Rf_mkChar("star"));
    Rf_setAttrib(out, R_NamesSymbol, nms);
    UNPROTECT(nprot);
    return out;
}
