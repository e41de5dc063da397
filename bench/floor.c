/* The floor: the plainest C that does the counting work of a benchmark,
 * with none of the checks, options or outputs of the package.  Built with
 * R CMD SHLIB (R's own CFLAGS, -O2) and loaded into the benchmark's R
 * process, so that the package and the floor run on the same inputs in
 * the same process.  Not part of the package.
 *
 *   floor_choice(x, g, k, G, w)  one pass, counts[x * (G + 1) + g]++ (or
 *                                += w[i]); NA codes go to row / column 0
 *   floor_multi(m)               a logical matrix: each cell read once,
 *                                64 rows packed to a word per column, then
 *                                option counts and co-occurrences by
 *                                popcount of the words and their ANDs
 *   floor_draws(n, B)            the bootstrap's random numbers alone:
 *                                n * B calls of R_unif_index(n)
 *   floor_unif(n, B)             the generator alone: n * B calls of
 *                                unif_rand() (R_unif_index() calls it once
 *                                or more per index)
 */
#define R_NO_REMAP
#include <R.h>
#include <Rinternals.h>
#include <stdint.h>
#include <string.h>

SEXP floor_choice(SEXP x, SEXP g, SEXP k, SEXP G, SEXP w)
{
    R_xlen_t n = XLENGTH(x);
    int nr = Rf_asInteger(k) + 1, nc = Rf_asInteger(G) + 1;
    const int *px = INTEGER_RO(x), *pg = INTEGER_RO(g);
    SEXP out = PROTECT(Rf_allocMatrix(REALSXP, nc, nr));
    double *po = REAL(out);
    memset(po, 0, sizeof(double) * (size_t) nr * nc);
    if (Rf_isNull(w)) {
        uint32_t *cnt = (uint32_t *) R_alloc((size_t) nr * nc, sizeof(uint32_t));
        memset(cnt, 0, sizeof(uint32_t) * (size_t) nr * nc);
        for (R_xlen_t i = 0; i < n; i++) {
            int a = px[i], b = pg[i];
            a = a == NA_INTEGER ? 0 : a;
            b = b == NA_INTEGER ? 0 : b;
            cnt[a * nc + b]++;
        }
        for (int j = 0; j < nr * nc; j++) po[j] = cnt[j];
    } else {
        const double *pw = REAL_RO(w);
        for (R_xlen_t i = 0; i < n; i++) {
            int a = px[i], b = pg[i];
            a = a == NA_INTEGER ? 0 : a;
            b = b == NA_INTEGER ? 0 : b;
            po[a * nc + b] += pw[i];
        }
    }
    UNPROTECT(1);
    return out;
}

SEXP floor_multi(SEXP m)
{
    int n = Rf_nrows(m), p = Rf_ncols(m);
    const int *pm = LOGICAL_RO(m);
    uint64_t *t = (uint64_t *) R_alloc(p, sizeof(uint64_t));
    uint64_t *co = (uint64_t *) R_alloc((size_t) p * p, sizeof(uint64_t));
    memset(co, 0, sizeof(uint64_t) * (size_t) p * p);
    for (int b0 = 0; b0 < n; b0 += 64) {
        int len = n - b0 < 64 ? n - b0 : 64;
        for (int j = 0; j < p; j++) {
            const int *v = pm + (size_t) n * j + b0;
            uint64_t w = 0;
            for (int i = 0; i < len; i++) w |= (uint64_t) (v[i] == 1) << i;
            t[j] = w;
        }
        for (int a = 0; a < p; a++)
            for (int c = a; c < p; c++) co[a + (size_t) p * c] += __builtin_popcountll(t[a] & t[c]);
    }
    SEXP out = PROTECT(Rf_allocMatrix(REALSXP, p, p));
    for (int a = 0; a < p; a++)
        for (int c = 0; c < p; c++)
            REAL(out)[a + (size_t) p * c] = (double) (a <= c ? co[a + (size_t) p * c]
                                                             : co[c + (size_t) p * a]);
    UNPROTECT(1);
    return out;
}

SEXP floor_draws(SEXP n, SEXP B)
{
    double dn = Rf_asReal(n), s = 0;
    int nb = Rf_asInteger(B);
    GetRNGstate();
    for (int b = 0; b < nb; b++)
        for (R_xlen_t i = 0; i < (R_xlen_t) dn; i++) s += R_unif_index(dn);
    PutRNGstate();
    return Rf_ScalarReal(s);
}

SEXP floor_unif(SEXP n, SEXP B)
{
    double dn = Rf_asReal(n), s = 0;
    int nb = Rf_asInteger(B);
    GetRNGstate();
    for (int b = 0; b < nb; b++)
        for (R_xlen_t i = 0; i < (R_xlen_t) dn; i++) s += unif_rand();
    PutRNGstate();
    return Rf_ScalarReal(s);
}
