/* Counting kernels for single-choice, check-all-that-apply and Likert items.
 *
 * Single choice: integer codes 1..k (NA allowed) times group codes 1..G (NA
 * allowed) into a (k + 1) x (G + 1) double matrix; the last row holds missing
 * answers and the last column answers whose group is missing.
 *
 * Multiple response: cells are 0, 1 or NA.  Unweighted counts pack 64
 * respondents per word for each option and count with popcount; the
 * co-occurrence of options a and b is popcount(a & b).  Weighted counts use a
 * plain loop over respondents.  A respondent whose cells are all NA did not
 * answer the item and is left out of every count but `rows`; otherwise an NA
 * cell counts as not ticked. */
#include "peersurvey.h"
#include <string.h>
#include <limits.h>

/* ---- single choice ------------------------------------------------------ */

/* The 0-based cell of one answer, without branches (missing answers and
 * groups are frequent and random, so branches would be mispredicted): codes
 * outside their range are clamped to a valid cell and flagged in *bad. */
static R_INLINE size_t choice_cell(int c, int gg, unsigned k, unsigned G, size_t nr,
                                   unsigned *bad, unsigned *gna)
{
    unsigned uc = (unsigned) c - 1u, ug = (unsigned) gg - 1u;
    unsigned cna = c == NA_INTEGER, isgna = gg == NA_INTEGER;
    *bad |= ((uc >= k) & !cna) | (((ug >= G) & !isgna) << 1);
    *gna |= isgna;
    uc = uc < k ? uc : k;
    ug = ug < G ? ug : G;
    return uc + nr * ug;
}

/* Returns 0 on success, or the 1-based row of the first code outside 1..k
 * (as a negative number for a group code outside 1..G).  A missing group
 * counts in column G + 1 and sets *gna. */
static R_xlen_t choice_kernel(const int *x, R_xlen_t n, int k, const int *g, int G,
                              const double *w, double *out, int *gna_out)
{
    const size_t nr = (size_t) k + 1;
    const size_t ncell = nr * (size_t) (G + 1);
    unsigned bad = 0, gna = 0;
    /* without groups every answer goes to the one column: group code 1 of 1 */
    const int one = 1;
    const int gstride = g != NULL;
    const unsigned uG = g != NULL ? (unsigned) G : 1u;
    if (g == NULL) g = &one;

    if (w == NULL) {
        /* integer counts per chunk, flushed to double so totals never wrap */
        uint32_t *cnt = (uint32_t *) R_alloc(ncell, sizeof(uint32_t));
        const R_xlen_t chunk = PSV_INTERRUPT_EVERY;
        for (R_xlen_t i0 = 0; i0 < n && !bad; i0 += chunk) {
            R_xlen_t i1 = n - i0 > chunk ? i0 + chunk : n;
            R_CheckUserInterrupt();
            memset(cnt, 0, ncell * sizeof(uint32_t));
            for (R_xlen_t i = i0; i < i1; i++)
                /* cppcheck-suppress objectIndex ; g = &one only with gstride 0 */
                cnt[choice_cell(x[i], g[i * gstride], (unsigned) k, uG, nr, &bad, &gna)]++;
            for (size_t j = 0; j < ncell; j++) out[j] += (double) cnt[j];
        }
    } else {
        for (R_xlen_t i = 0; i < n && !bad; i++) {
            if (i % PSV_INTERRUPT_EVERY == 0) R_CheckUserInterrupt();
            /* cppcheck-suppress objectIndex ; g = &one only with gstride 0 */
            out[choice_cell(x[i], g[i * gstride], (unsigned) k, uG, nr, &bad, &gna)] += w[i];
        }
    }
    *gna_out = (int) gna;
    if (!bad) return 0;
    /* find the first offending row */
    for (R_xlen_t i = 0; i < n; i++) {
        int c = x[i], gg = g[i * gstride];
        if (c != NA_INTEGER && (c < 1 || c > k)) return i + 1;
        if (gstride && gg != NA_INTEGER && (gg < 1 || gg > G)) return -(i + 1);
    }
    return 0;
}

/* Optional integer group codes and weights, shared by both entry points. */
static const int *group_arg(SEXP group, R_xlen_t n, int G)
{
    if (Rf_isNull(group)) {
        if (G != 0) Rf_error("'ngroup' must be 0 when 'group' is NULL");
        return NULL;
    }
    psv_check_type(group, INTSXP, "group");
    psv_check_length(group, n, "group");
    return INTEGER(group);
}

static const double *weights_arg(SEXP weights, R_xlen_t n)
{
    if (Rf_isNull(weights)) return NULL;
    psv_check_type(weights, REALSXP, "weights");
    psv_check_length(weights, n, "weights");
    const double *w = REAL(weights);
    for (R_xlen_t i = 0; i < n; i++)
        if (!R_FINITE(w[i]) || w[i] < 0)
            Rf_error("'weights' must be finite and non-negative: row %lld is %g",
                     (long long) i + 1, w[i]);
    return w;
}

SEXP C_tabulate_choice(SEXP x, SEXP nlevels, SEXP group, SEXP ngroup, SEXP weights)
{
    int nprot = 0;
    psv_check_type(x, INTSXP, "x");
    R_xlen_t n = XLENGTH(x);
    int k = psv_as_int(nlevels, "nlevels", 0, 1 << 24);
    int G = psv_as_int(ngroup, "ngroup", 0, 1 << 24);
    const int *g = group_arg(group, n, G);
    const double *w = weights_arg(weights, n);
    if ((double) (k + 1) * (G + 1) > 1e8)
        Rf_error("'nlevels' times 'ngroup' is too large (%d x %d)", k, G);

    SEXP out = PROTECT(Rf_allocMatrix(REALSXP, k + 1, G + 1)); nprot++;
    memset(REAL(out), 0, sizeof(double) * (size_t) (k + 1) * (G + 1));
    int gna = 0;
    R_xlen_t bad = choice_kernel(INTEGER(x), n, k, g, G, w, REAL(out), &gna);
    if (bad > 0)
        Rf_error("'x' code %d at row %lld lies outside 1..%d", INTEGER(x)[bad - 1],
                 (long long) bad, k);
    if (bad < 0)
        Rf_error("'group' code %d at row %lld lies outside 1..%d", g[-bad - 1],
                 (long long) -bad, G);
    /* whether any group was missing, so R need not scan 'group' again */
    SEXP flag = PROTECT(Rf_ScalarLogical(gna)); nprot++;
    Rf_setAttrib(out, Rf_install("group_na"), flag);
    UNPROTECT(nprot);
    return out;
}

/* ---- multiple response -------------------------------------------------- */

/* One option column: a typed pointer.  Cell value 1 ticked, 0 not, -1 NA,
 * anything else -2 (bad). */
typedef struct { int type; const void *p; } mcol;

static R_INLINE int mcell(mcol c, R_xlen_t i)
{
    if (c.type == REALSXP) {
        double v = ((const double *) c.p)[i];
        if (ISNAN(v)) return -1;
        return v == 1.0 ? 1 : (v == 0.0 ? 0 : -2);
    } else {
        int v = ((const int *) c.p)[i];  /* LGLSXP and INTSXP alike */
        if (v == NA_INTEGER) return -1;
        return v == 1 ? 1 : (v == 0 ? 0 : -2);
    }
}

typedef struct {
    R_xlen_t n;
    int p, G;
    double *cnt;   /* p x (G + 1) */
    double *cooc;  /* p x p x (G + 1) */
    double *cpc;   /* (p + 1) x (G + 1) */
    double *ans;   /* G + 1: respondents who answered */
    double *rows;  /* G + 1: all respondents */
} mres;

static R_INLINE int group_of(const int *g, R_xlen_t i, int G, int *bad)
{
    if (g == NULL) return 0;
    int gg = g[i];
    if (gg == NA_INTEGER) return G;
    if ((unsigned) (gg - 1) >= (unsigned) G) { *bad = 1; return 0; }
    return gg - 1;
}

/* Returns 0, or the 1-based row of a bad cell with *badcol set (0-based),
 * or minus the row of a bad group code. */
static R_xlen_t multi_kernel_bits(const mcol *col, const int *g, mres *r, int *badcol)
{
    const int p = r->p, G = r->G, NG = G + 1;
    uint64_t *tick = (uint64_t *) R_alloc(p > 0 ? p : 1, sizeof(uint64_t));
    uint64_t *gmask = (uint64_t *) R_alloc(NG, sizeof(uint64_t));
    int *present = (int *) R_alloc(NG, sizeof(int));
    int *gi = (int *) R_alloc(64, sizeof(int));
    int *nch = (int *) R_alloc(64, sizeof(int));
    memset(gmask, 0, NG * sizeof(uint64_t));
    /* rows between interrupt checks: a block costs about p * p / 2 popcounts,
     * so with many options the checks must come more often than every
     * PSV_INTERRUPT_EVERY rows */
    R_xlen_t every = PSV_INTERRUPT_EVERY / (1 + (R_xlen_t) p * p / 64);
    every = every < 64 ? 64 : every - every % 64;

    for (R_xlen_t b0 = 0; b0 < r->n; b0 += 64) {
        if (b0 % every == 0) R_CheckUserInterrupt();
        int m = r->n - b0 < 64 ? (int) (r->n - b0) : 64;
        uint64_t answered = 0;
        for (int i = 0; i < m; i++) nch[i] = 0;
        for (int j = 0; j < p; j++) {
            uint64_t t = 0, nn = 0;
            mcol c = col[j];
            if (c.type == REALSXP) {
                const double *v = (const double *) c.p + b0;
                for (int i = 0; i < m; i++) {
                    double d = v[i];
                    if (d == 1.0) { t |= (uint64_t) 1 << i; nch[i]++; }
                    else if (d == 0.0) nn |= (uint64_t) 1 << i;
                    else if (!ISNAN(d)) { *badcol = j; return b0 + i + 1; }
                }
                nn |= t;
            } else {
                const int *v = (const int *) c.p + b0;
                for (int i = 0; i < m; i++) {
                    unsigned u = (unsigned) v[i];
                    if (u <= 1u) {
                        t |= (uint64_t) u << i;
                        nch[i] += (int) u;
                    } else if (v[i] != NA_INTEGER) { *badcol = j; return b0 + i + 1; }
                    else continue;
                    nn |= (uint64_t) 1 << i;
                }
            }
            tick[j] = t;
            answered |= nn;
        }
        /* group masks for the groups present in this block */
        int npres = 0;
        for (int i = 0; i < m; i++) {
            int bad = 0, gg = group_of(g, b0 + i, G, &bad);
            if (bad) return -(b0 + i + 1);
            gi[i] = gg;
            if (gmask[gg] == 0) present[npres++] = gg;
            gmask[gg] |= (uint64_t) 1 << i;
        }
        for (int i = 0; i < m; i++) {
            r->rows[gi[i]] += 1;
            if ((answered >> i) & 1) r->cpc[nch[i] + (size_t) (p + 1) * gi[i]] += 1;
        }
        for (int s = 0; s < npres; s++) {
            int gg = present[s];
            uint64_t gm = gmask[gg];
            gmask[gg] = 0;
            r->ans[gg] += __builtin_popcountll(answered & gm);
            double *cn = r->cnt + (size_t) p * gg;
            double *co = r->cooc + (size_t) p * p * gg;
            for (int a = 0; a < p; a++) {
                uint64_t ta = tick[a] & gm;
                if (ta == 0) continue;
                cn[a] += __builtin_popcountll(ta);
                co[a + (size_t) p * a] += __builtin_popcountll(ta);
                for (int bb = a + 1; bb < p; bb++)
                    co[bb + (size_t) p * a] += __builtin_popcountll(ta & tick[bb]);
            }
        }
    }
    /* fill the upper triangle from the lower one */
    for (int gg = 0; gg < NG; gg++) {
        double *co = r->cooc + (size_t) p * p * gg;
        for (int a = 0; a < p; a++)
            for (int bb = a + 1; bb < p; bb++) co[a + (size_t) p * bb] = co[bb + (size_t) p * a];
    }
    return 0;
}

static R_xlen_t multi_kernel_weighted(const mcol *col, const int *g, const double *w,
                                      mres *r, int *badcol)
{
    const int p = r->p, G = r->G;
    int *on = (int *) R_alloc(p > 0 ? p : 1, sizeof(int));
    /* a row costs p + non^2 steps: check for interrupts by work, not rows */
    R_xlen_t work = PSV_INTERRUPT_EVERY;
    for (R_xlen_t i = 0; i < r->n; i++) {
        if (work >= PSV_INTERRUPT_EVERY) { R_CheckUserInterrupt(); work = 0; }
        int non = 0, nna = 0, bad = 0;
        for (int j = 0; j < p; j++) {
            int v = mcell(col[j], i);
            if (v == -2) { *badcol = j; return i + 1; }
            if (v == 1) on[non++] = j;
            else if (v == -1) nna++;
        }
        work += 1 + p + (R_xlen_t) non * non;
        int gg = group_of(g, i, G, &bad);
        if (bad) return -(i + 1);
        double wi = w[i];
        r->rows[gg] += wi;
        if (nna == p) continue;  /* did not answer the item */
        r->ans[gg] += wi;
        r->cpc[non + (size_t) (p + 1) * gg] += wi;
        double *cn = r->cnt + (size_t) p * gg;
        double *co = r->cooc + (size_t) p * p * gg;
        for (int s = 0; s < non; s++) {
            int a = on[s];
            cn[a] += wi;
            for (int t = 0; t < non; t++) co[a + (size_t) p * on[t]] += wi;
        }
    }
    return 0;
}

/* x: a list of option columns (logical, integer or double, each of length
 * n) or a logical, integer or double matrix with one column per option. */
SEXP C_tabulate_multi(SEXP x, SEXP group, SEXP ngroup, SEXP weights)
{
    int nprot = 0;
    R_xlen_t n;
    int p;
    mcol *col;
    if (TYPEOF(x) == VECSXP) {
        if (XLENGTH(x) > 1 << 20) Rf_error("'x' has too many columns");
        p = (int) XLENGTH(x);
        n = 0;
        col = (mcol *) R_alloc(p > 0 ? p : 1, sizeof(mcol));
        for (int j = 0; j < p; j++) {
            SEXP cj = VECTOR_ELT(x, j);
            int t = TYPEOF(cj);
            if (t != LGLSXP && t != INTSXP && t != REALSXP)
                Rf_error("'x' column %d must be logical, integer or double, not %s",
                         j + 1, Rf_type2char(t));
            if (j == 0) n = XLENGTH(cj);
            if (XLENGTH(cj) != n)
                Rf_error("'x' column %d must have length %lld, not %lld", j + 1,
                         (long long) n, (long long) XLENGTH(cj));
            col[j].type = t;
            col[j].p = t == REALSXP ? (const void *) REAL(cj) : (const void *) INTEGER(cj);
        }
    } else {
        int t = TYPEOF(x);
        if ((t != LGLSXP && t != INTSXP && t != REALSXP) || !Rf_isMatrix(x))
            Rf_error("'x' must be a list of columns or a logical, integer or double matrix");
        n = Rf_nrows(x);
        p = Rf_ncols(x);
        col = (mcol *) R_alloc(p > 0 ? p : 1, sizeof(mcol));
        for (int j = 0; j < p; j++) {
            col[j].type = t;
            col[j].p = t == REALSXP ? (const void *) (REAL(x) + (size_t) n * j)
                                    : (const void *) (INTEGER(x) + (size_t) n * j);
        }
    }
    int G = psv_as_int(ngroup, "ngroup", 0, 1 << 24);
    const int *g = group_arg(group, n, G);
    const double *w = weights_arg(weights, n);
    const int NG = G + 1;
    if ((double) p * p * NG > 1e8)
        Rf_error("too many options times groups for a co-occurrence table (%d x %d)", p, G);

    SEXP cnt = PROTECT(Rf_allocMatrix(REALSXP, p, NG)); nprot++;
    SEXP cooc = PROTECT(Rf_alloc3DArray(REALSXP, p, p, NG)); nprot++;
    SEXP cpc = PROTECT(Rf_allocMatrix(REALSXP, p + 1, NG)); nprot++;
    SEXP ans = PROTECT(Rf_allocVector(REALSXP, NG)); nprot++;
    SEXP rows = PROTECT(Rf_allocVector(REALSXP, NG)); nprot++;
    mres r = { n, p, G, REAL(cnt), REAL(cooc), REAL(cpc), REAL(ans), REAL(rows) };
    memset(r.cnt, 0, sizeof(double) * (size_t) p * NG);
    memset(r.cooc, 0, sizeof(double) * (size_t) p * p * NG);
    memset(r.cpc, 0, sizeof(double) * (size_t) (p + 1) * NG);
    memset(r.ans, 0, sizeof(double) * NG);
    memset(r.rows, 0, sizeof(double) * NG);

    int badcol = -1;
    R_xlen_t bad = w == NULL ? multi_kernel_bits(col, g, &r, &badcol)
                             : multi_kernel_weighted(col, g, w, &r, &badcol);
    if (bad < 0)
        Rf_error("'group' code %d at row %lld lies outside 1..%d", g[-bad - 1],
                 (long long) -bad, G);
    if (bad > 0) {
        /* tell the R wrapper where: it names the column and value */
        SEXP res = PROTECT(Rf_allocVector(INTSXP, 2)); nprot++;
        INTEGER(res)[0] = badcol + 1;
        INTEGER(res)[1] = bad > INT_MAX ? NA_INTEGER : (int) bad;
        SEXP out = PROTECT(Rf_allocVector(VECSXP, 1)); nprot++;
        SET_VECTOR_ELT(out, 0, res);
        SEXP nm = PROTECT(Rf_mkString("bad")); nprot++;
        Rf_setAttrib(out, R_NamesSymbol, nm);
        UNPROTECT(nprot);
        return out;
    }
    SEXP out = PROTECT(Rf_allocVector(VECSXP, 5)); nprot++;
    SET_VECTOR_ELT(out, 0, cnt);
    SET_VECTOR_ELT(out, 1, cooc);
    SET_VECTOR_ELT(out, 2, cpc);
    SET_VECTOR_ELT(out, 3, ans);
    SET_VECTOR_ELT(out, 4, rows);
    SEXP nm = PROTECT(Rf_allocVector(STRSXP, 5)); nprot++;
    const char *names[] = { "n", "cooc", "cpc", "answered", "rows" };
    for (int j = 0; j < 5; j++) SET_STRING_ELT(nm, j, Rf_mkChar(names[j]));
    Rf_setAttrib(out, R_NamesSymbol, nm);
    UNPROTECT(nprot);
    return out;
}
