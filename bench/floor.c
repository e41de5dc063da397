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
 *   floor_words(x)               the reading of free text: each string's
 *                                ASCII letters lower-cased through a
 *                                256-entry table, words split at bytes that
 *                                are not letters or digits (bytes >= 0x80
 *                                belong to words), each word hashed (64-bit
 *                                FNV-1a) into a fixed open-addressing table
 *                                of counts; returns the number of words
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

/* floor_words(): a table of 2^16 slots (hash, count), probed linearly; once
 * it is three-quarters full, new words are only counted, not stored */
#define FLOOR_WORDS_SLOTS (1u << 16)

static void floor_words_add(uint64_t *key, uint32_t *cnt, uint32_t *used, uint64_t h)
{
    uint32_t i;
    if (h == 0) h = 1;                              /* 0 marks an empty slot */
    i = (uint32_t) h & (FLOOR_WORDS_SLOTS - 1);
    while (key[i] != 0 && key[i] != h) i = (i + 1) & (FLOOR_WORDS_SLOTS - 1);
    if (key[i] == 0) {
        if (*used >= FLOOR_WORDS_SLOTS / 4 * 3) return;
        key[i] = h;
        (*used)++;
    }
    cnt[i]++;
}

SEXP floor_words(SEXP x)
{
    unsigned char fold[256];
    R_xlen_t n = XLENGTH(x);
    uint64_t *key = (uint64_t *) R_alloc(FLOOR_WORDS_SLOTS, sizeof(uint64_t));
    uint32_t *cnt = (uint32_t *) R_alloc(FLOOR_WORDS_SLOTS, sizeof(uint32_t));
    uint32_t used = 0;
    double words = 0;
    const uint64_t basis = 14695981039346656037ULL, prime = 1099511628211ULL;
    for (int c = 0; c < 256; c++)
        fold[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 ? (unsigned char) c
                : c >= 'A' && c <= 'Z' ? (unsigned char) (c + 32) : 0;
    memset(key, 0, sizeof(uint64_t) * FLOOR_WORDS_SLOTS);
    memset(cnt, 0, sizeof(uint32_t) * FLOOR_WORDS_SLOTS);
    for (R_xlen_t i = 0; i < n; i++) {
        SEXP s = STRING_ELT(x, i);
        if (s == NA_STRING) continue;
        const unsigned char *p = (const unsigned char *) CHAR(s);
        int len = LENGTH(s), in = 0;
        uint64_t h = basis;
        for (int j = 0; j < len; j++) {
            unsigned char c = fold[p[j]];
            if (c) {
                h = (h ^ c) * prime;
                in = 1;
            } else if (in) {
                floor_words_add(key, cnt, &used, h);
                words++;
                h = basis;
                in = 0;
            }
        }
        if (in) {
            floor_words_add(key, cnt, &used, h);
            words++;
        }
    }
    return Rf_ScalarReal(words);
}
