/* Counting kernels for single-choice, check-all-that-apply and Likert items.
 *
 * Single choice: integer codes 1..k (NA allowed) times group codes 1..G (NA
 * allowed) into a (k + 1) x (G + 1) double matrix; the last row holds missing
 * answers and the last column answers whose group is missing.
 *
 * Multiple response: cells are 0, 1 or NA.  Each option's cells are packed
 * 64 respondents to a word (ticked, and answered); unweighted counts are
 * popcounts of the words, the co-occurrence of options a and b is
 * popcount(a & b), and the number of choices of each respondent comes from
 * a bit-sliced sum of the words.  Weighted counts walk the respondents of
 * the packed words.  A respondent whose cells are all NA did not answer the
 * item and is left out of every count but `rows`; otherwise an NA cell
 * counts as not ticked.
 *
 * Input is read in place (see psv_reader in peersurvey.h): an ALTREP vector
 * is neither copied nor expanded, and memory is the input plus the output
 * plus tables the size of the output. */
#include "peersurvey.h"
#include <string.h>
#include <limits.h>
#include <float.h>

/* The x86-64 baseline has SSE2: the cell index of four answers is computed
 * at once.  Elsewhere (or with -DPSV_NO_SIMD) the scalar loops do the same
 * work. */
#if defined(__SSE2__) && !defined(PSV_NO_SIMD)
#include <emmintrin.h>
#define TAB_SSE2 1
#endif

/* The kernels below are written once with constant flags (grouped,
 * weighted, ...) and inlined into one loop per combination, so that no
 * flag is tested inside a loop. */
#if defined(__GNUC__) || defined(__clang__)
#define TAB_INLINE static inline __attribute__((always_inline))
#else
#define TAB_INLINE static R_INLINE
#endif

/* ---- single choice ------------------------------------------------------ */

/* Answers read at once: a multiple of 4 that divides PSV_INTERRUPT_EVERY. */
#define CHOICE_BLOCK 4096
/* Unweighted counts are 32-bit and added to the double output at least
 * this often, so they never wrap. */
#define CHOICE_FLUSH ((R_xlen_t) 1 << 30)
/* Count tables of at most this many cells are padded to a power-of-two
 * stride and kept four times over (see choice_tab); larger ones once, with
 * stride k + 1. */
#define CHOICE_SMALL 16384

/* The count table of one pass.  Row k holds missing answers and column G
 * missing groups; codes outside their range are counted there too and
 * flagged, which ends the pass with an error, so the table needs no cells
 * for them and its loops no branches.  Unweighted, four tables take the
 * answers in turn: consecutive answers in the same cell would otherwise
 * wait on each other's store. */
typedef struct {
    unsigned k, G;       /* levels; groups (0 without grouping) */
    unsigned sh;         /* stride = 1 << sh, for the SIMD path */
    size_t stride;       /* cells between two columns */
    size_t ncell;        /* cells of one table: stride * (G + 1) */
    uint32_t *cnt[4];    /* unweighted: four tables, or the same one four times */
    double *sum;         /* weighted: the table */
    int simd;            /* small table and SSE2: the vector loops */
    unsigned bad;        /* a code or weight out of range was seen */
    unsigned gna;        /* weighted: a missing group was seen */
} choice_tab;

/* Scalar loop, also the tail of the vector loop. */
TAB_INLINE void choice_block_scalar(choice_tab *t, const int *x, const int *g,
                                    const double *w, R_xlen_t len,
                                    const int grouped, const int weighted)
{
    const unsigned k = t->k, G = t->G;
    const size_t stride = t->stride;
    unsigned bad = 0, gna = 0;
    for (R_xlen_t i = 0; i < len; i++) {
        int v = x[i];
        /* unsigned arithmetic: NA and codes below 1 wrap to large values */
        unsigned u = (unsigned) v - 1u;
        size_t cell = u < k ? u : k;
        bad |= (u >= k) & (v != NA_INTEGER);
        if (grouped) {
            int gv = g[i];
            unsigned ug = (unsigned) gv - 1u;
            cell += stride * (ug < G ? ug : G);
            bad |= (ug >= G) & (gv != NA_INTEGER);
            gna |= gv == NA_INTEGER;
        }
        if (weighted) {
            double wi = w[i];
            /* false for NaN too */
            bad |= (unsigned) !(wi >= 0) | (unsigned) !(wi <= DBL_MAX);
            t->sum[cell] += wi;
        } else {
            t->cnt[i & 3][cell]++;
        }
    }
    t->bad |= bad;
    t->gna |= gna;
}

#ifdef TAB_SSE2
/* Four answers at a time: the cell index is computed in SSE2 registers
 * (codes in range give code - 1, anything else the missing row or column,
 * range errors are kept in a mask), then the four counts are updated. */
TAB_INLINE void choice_block_sse2(choice_tab *t, const int *x, const int *g,
                                  const double *w, R_xlen_t len,
                                  const int grouped, const int weighted)
{
    const __m128i zero = _mm_setzero_si128(), one = _mm_set1_epi32(1);
    const __m128i na = _mm_set1_epi32(NA_INTEGER), ones = _mm_cmpeq_epi32(zero, zero);
    const __m128i kk = _mm_set1_epi32((int) t->k), kp1 = _mm_set1_epi32((int) t->k + 1);
    const __m128i GG = _mm_set1_epi32((int) t->G), Gp1 = _mm_set1_epi32((int) t->G + 1);
    const __m128i sh = _mm_cvtsi32_si128((int) t->sh);
    const __m128d dzero = _mm_setzero_pd(), dmax = _mm_set1_pd(DBL_MAX);
    __m128i okx = ones, okg = ones, gna = zero;
    __m128d okw = _mm_castsi128_pd(ones);
    uint32_t *c0 = t->cnt[0], *c1 = t->cnt[1], *c2 = t->cnt[2], *c3 = t->cnt[3];
    double *sum = t->sum;
    uint32_t cell[4];
    R_xlen_t i = 0;
    for (; i + 4 <= len; i += 4) {
        __m128i v = _mm_loadu_si128((const __m128i *) (x + i));
        __m128i in = _mm_and_si128(_mm_cmpgt_epi32(v, zero), _mm_cmplt_epi32(v, kp1));
        okx = _mm_and_si128(okx, _mm_or_si128(in, _mm_cmpeq_epi32(v, na)));
        __m128i c = _mm_or_si128(_mm_and_si128(in, _mm_sub_epi32(v, one)),
                                 _mm_andnot_si128(in, kk));
        if (grouped) {
            __m128i gv = _mm_loadu_si128((const __m128i *) (g + i));
            __m128i gin = _mm_and_si128(_mm_cmpgt_epi32(gv, zero), _mm_cmplt_epi32(gv, Gp1));
            __m128i gmiss = _mm_cmpeq_epi32(gv, na);
            okg = _mm_and_si128(okg, _mm_or_si128(gin, gmiss));
            if (weighted) gna = _mm_or_si128(gna, gmiss);
            __m128i cg = _mm_or_si128(_mm_and_si128(gin, _mm_sub_epi32(gv, one)),
                                      _mm_andnot_si128(gin, GG));
            c = _mm_add_epi32(c, _mm_sll_epi32(cg, sh));
        }
        _mm_storeu_si128((__m128i *) cell, c);
        if (weighted) {
            __m128d w0 = _mm_loadu_pd(w + i), w1 = _mm_loadu_pd(w + i + 2);
            okw = _mm_and_pd(okw, _mm_and_pd(_mm_and_pd(_mm_cmpge_pd(w0, dzero),
                                                        _mm_cmple_pd(w0, dmax)),
                                             _mm_and_pd(_mm_cmpge_pd(w1, dzero),
                                                        _mm_cmple_pd(w1, dmax))));
            /* one table, answers in order: the same sums as a plain loop */
            sum[cell[0]] += w[i];
            sum[cell[1]] += w[i + 1];
            sum[cell[2]] += w[i + 2];
            sum[cell[3]] += w[i + 3];
        } else {
            c0[cell[0]]++;
            c1[cell[1]]++;
            c2[cell[2]]++;
            c3[cell[3]]++;
        }
    }
    t->bad |= (_mm_movemask_epi8(okx) != 0xFFFF) | (_mm_movemask_epi8(okg) != 0xFFFF) |
              (_mm_movemask_pd(okw) != 3);
    t->gna |= _mm_movemask_epi8(gna) != 0;
    if (i < len)
        choice_block_scalar(t, x + i, grouped ? g + i : NULL, weighted ? w + i : NULL,
                            len - i, grouped, weighted);
}
#endif

static void choice_block(choice_tab *t, const int *x, const int *g, const double *w,
                         R_xlen_t len)
{
#ifdef TAB_SSE2
    if (t->simd) {
        if (g != NULL) {
            if (w != NULL) choice_block_sse2(t, x, g, w, len, 1, 1);
            else choice_block_sse2(t, x, g, w, len, 1, 0);
        } else {
            if (w != NULL) choice_block_sse2(t, x, g, w, len, 0, 1);
            else choice_block_sse2(t, x, g, w, len, 0, 0);
        }
        return;
    }
#endif
    if (g != NULL) {
        if (w != NULL) choice_block_scalar(t, x, g, w, len, 1, 1);
        else choice_block_scalar(t, x, g, w, len, 1, 0);
    } else {
        if (w != NULL) choice_block_scalar(t, x, g, w, len, 0, 1);
        else choice_block_scalar(t, x, g, w, len, 0, 0);
    }
}

/* Adds the unweighted tables to the output and clears them. */
static void choice_flush(choice_tab *t, double *out)
{
    const size_t nr = (size_t) t->k + 1;
    int ntab = t->cnt[1] == t->cnt[0] ? 1 : 4;
    for (unsigned c = 0; c <= t->G; c++)
        for (size_t r = 0; r < nr; r++) {
            size_t j = r + t->stride * c;
            double s = 0;
            for (int q = 0; q < ntab; q++) s += (double) t->cnt[q][j];
            out[r + nr * c] += s;
        }
    for (int q = 0; q < ntab; q++) memset(t->cnt[q], 0, t->ncell * sizeof(uint32_t));
}

/* What is wrong at the first bad row of [from, to): 1 a code of x, 2 a
 * group code, 3 a weight; 0 if nothing. */
static int choice_first_bad(const psv_reader *xr, const psv_reader *gr, const psv_reader *wr,
                            R_xlen_t from, R_xlen_t to, int k, int G, R_xlen_t *row)
{
    for (R_xlen_t b0 = from; b0 < to; b0 += CHOICE_BLOCK) {
        R_xlen_t len = to - b0 < CHOICE_BLOCK ? to - b0 : CHOICE_BLOCK;
        const int *x = psv_ints(xr, b0, len);
        const int *g = gr != NULL ? psv_ints(gr, b0, len) : NULL;
        const double *w = wr != NULL ? psv_doubles(wr, b0, len) : NULL;
        for (R_xlen_t i = 0; i < len; i++) {
            int what = 0;
            if (x[i] != NA_INTEGER && (x[i] < 1 || x[i] > k)) what = 1;
            else if (g != NULL && g[i] != NA_INTEGER && (g[i] < 1 || g[i] > G)) what = 2;
            else if (w != NULL && !(w[i] >= 0 && w[i] <= DBL_MAX)) what = 3;
            if (what) { *row = b0 + i; return what; }
        }
    }
    return 0;
}

/* A weight as R prints it, for error messages. */
static void format_weight(double v, char *buf, size_t size)
{
    if (ISNA(v)) snprintf(buf, size, "NA");
    else if (ISNAN(v)) snprintf(buf, size, "NaN");
    else if (!R_FINITE(v)) snprintf(buf, size, v > 0 ? "Inf" : "-Inf");
    else snprintf(buf, size, "%.15g", v);
}

static void weight_error(double v, R_xlen_t row)
{
    char buf[64];
    format_weight(v, buf, sizeof buf);
    /* the R wrappers turn this message into their classed error */
    Rf_error("'weights' must be finite and non-negative: row %lld is %s",
             (long long) row + 1, buf);
}

/* Optional integer group codes and weights, shared by both entry points:
 * types and lengths here, values in the counting loops. */
static void group_arg(SEXP group, R_xlen_t n, int G)
{
    if (Rf_isNull(group)) {
        if (G != 0) Rf_error("'ngroup' must be 0 when 'group' is NULL");
        return;
    }
    psv_check_type(group, INTSXP, "group");
    psv_check_length(group, n, "group");
}

static void weights_arg(SEXP weights, R_xlen_t n)
{
    if (Rf_isNull(weights)) return;
    psv_check_type(weights, REALSXP, "weights");
    psv_check_length(weights, n, "weights");
}

SEXP C_tabulate_choice(SEXP x, SEXP nlevels, SEXP group, SEXP ngroup, SEXP weights)
{
    int nprot = 0;
    psv_check_type(x, INTSXP, "x");
    R_xlen_t n = XLENGTH(x);
    int k = psv_as_int(nlevels, "nlevels", 0, 1 << 24);
    int G = psv_as_int(ngroup, "ngroup", 0, 1 << 24);
    group_arg(group, n, G);
    weights_arg(weights, n);
    if ((double) (k + 1) * (G + 1) > 1e8)
        Rf_error("'nlevels' times 'ngroup' is too large (%d x %d)", k, G);
    const int grouped = !Rf_isNull(group), weighted = !Rf_isNull(weights);

    SEXP out = PROTECT(Rf_allocMatrix(REALSXP, k + 1, G + 1)); nprot++;
    double *po = REAL(out);
    const size_t nout = (size_t) (k + 1) * (G + 1);
    memset(po, 0, sizeof(double) * nout);

    choice_tab t;
    memset(&t, 0, sizeof t);
    t.k = (unsigned) k;
    t.G = (unsigned) G;
    while (((size_t) 1 << t.sh) < (size_t) k + 1) t.sh++;
    int small = ((size_t) 1 << t.sh) * (G + 1) <= CHOICE_SMALL;
#ifdef TAB_SSE2
    t.simd = small;
#endif
    t.stride = small ? (size_t) 1 << t.sh : (size_t) k + 1;
    t.ncell = t.stride * (G + 1);
    if (weighted) {
        /* a large weighted table is the output itself */
        if (small) {
            /* cppcheck-suppress invalidPointerCast ; R_alloc memory is aligned for any type */
            t.sum = (double *) R_alloc(t.ncell, sizeof(double));
            memset(t.sum, 0, t.ncell * sizeof(double));
        } else {
            t.sum = po;
        }
    } else {
        int ntab = small ? 4 : 1;
        uint32_t *c = (uint32_t *) R_alloc(t.ncell * ntab, sizeof(uint32_t));
        memset(c, 0, t.ncell * ntab * sizeof(uint32_t));
        for (int q = 0; q < 4; q++) t.cnt[q] = c + (small ? t.ncell * q : 0);
    }

    psv_reader none = { R_NilValue, NULL, NULL };
    psv_reader xr = psv_reader_of(x, CHOICE_BLOCK);
    psv_reader gr = grouped ? psv_reader_of(group, CHOICE_BLOCK) : none;
    psv_reader wr = weighted ? psv_reader_of(weights, CHOICE_BLOCK) : none;
    R_xlen_t flushed = 0, bad_from = -1;
    for (R_xlen_t c0 = 0; c0 < n; c0 += PSV_INTERRUPT_EVERY) {
        R_CheckUserInterrupt();
        R_xlen_t c1 = n - c0 > PSV_INTERRUPT_EVERY ? c0 + PSV_INTERRUPT_EVERY : n;
        for (R_xlen_t b0 = c0; b0 < c1; b0 += CHOICE_BLOCK) {
            R_xlen_t len = c1 - b0 < CHOICE_BLOCK ? c1 - b0 : CHOICE_BLOCK;
            choice_block(&t, psv_ints(&xr, b0, len),
                         grouped ? psv_ints(&gr, b0, len) : NULL,
                         weighted ? psv_doubles(&wr, b0, len) : NULL, len);
        }
        if (t.bad) { bad_from = c0; break; }
        if (!weighted && c1 - flushed >= CHOICE_FLUSH) {
            choice_flush(&t, po);
            flushed = c1;
        }
    }
    if (bad_from >= 0) {
        R_xlen_t row = 0;
        int what = choice_first_bad(&xr, grouped ? &gr : NULL, weighted ? &wr : NULL,
                                    bad_from, n, k, G, &row);
        if (what == 1)
            Rf_error("'x' code %d at row %lld lies outside 1..%d", INTEGER_ELT(x, row),
                     (long long) row + 1, k);
        if (what == 2)
            Rf_error("'group' code %d at row %lld lies outside 1..%d", INTEGER_ELT(group, row),
                     (long long) row + 1, G);
        if (what == 3) weight_error(REAL_ELT(weights, row), row);
        Rf_error("internal error: a bad code was flagged but not found");
    }
    int gna = 0;
    if (weighted) {
        if (t.sum != po)
            for (int c = 0; c <= G; c++)
                memcpy(po + (size_t) (k + 1) * c, t.sum + t.stride * c,
                       sizeof(double) * (size_t) (k + 1));
        gna = (int) t.gna;
    } else {
        choice_flush(&t, po);
        /* unweighted, a missing group is a non-zero count in its column */
        if (grouped)
            for (int r = 0; r <= k; r++) gna |= po[r + (size_t) (k + 1) * G] > 0;
    }
    /* whether any group was missing, so R need not scan 'group' again */
    SEXP flag = PROTECT(Rf_ScalarLogical(gna)); nprot++;
    Rf_setAttrib(out, Rf_install("group_na"), flag);
    UNPROTECT(nprot);
    return out;
}

/* ---- multiple response -------------------------------------------------- */

/* One option column: a typed pointer (LGLSXP and INTSXP are read alike). */
typedef struct { int type; const void *p; } mcol;

/* Packs cells 0..m-1 (m <= 64) of one option column into two words: bit i
 * of *tick set when cell i is 1, of *ans when it is 0 or 1.  Returns 0, or
 * 1 + the first cell that is neither 0, 1 nor NA. */
TAB_INLINE int pack_scalar(mcol c, R_xlen_t from, int m, uint64_t *tick, uint64_t *ans)
{
    uint64_t t = 0, a = 0;
    unsigned bad = 0;
    if (c.type == REALSXP) {
        const double *v = (const double *) c.p + from;
        for (int i = 0; i < m; i++) {
            double d = v[i];
            t |= (uint64_t) (d == 1.0) << i;
            a |= (uint64_t) ((d == 1.0) | (d == 0.0)) << i;
            bad |= (d != 1.0) & (d != 0.0) & !ISNAN(d);
        }
    } else {
        const int *v = (const int *) c.p + from;
        for (int i = 0; i < m; i++) {
            int d = v[i];
            t |= (uint64_t) (d == 1) << i;
            a |= (uint64_t) ((unsigned) d <= 1u) << i;
            bad |= ((unsigned) d > 1u) & (d != NA_INTEGER);
        }
    }
    *tick |= t;
    *ans |= a;
    if (!bad) return 0;
    for (int i = 0; i < m; i++) {
        if (c.type == REALSXP) {
            double d = ((const double *) c.p)[from + i];
            if (d != 1.0 && d != 0.0 && !ISNAN(d)) return i + 1;
        } else {
            int d = ((const int *) c.p)[from + i];
            if ((unsigned) d > 1u && d != NA_INTEGER) return i + 1;
        }
    }
    return 0;
}

#ifdef TAB_SSE2
/* Masks (all bits set where true) of four cells: equal to 1, to 0, NA. */
TAB_INLINE void cells4(mcol c, R_xlen_t i, __m128i *one, __m128i *zero, __m128i *na)
{
    if (c.type == REALSXP) {
        const double *v = (const double *) c.p + i;
        __m128d a = _mm_loadu_pd(v), b = _mm_loadu_pd(v + 2);
        __m128d d1 = _mm_set1_pd(1.0), d0 = _mm_setzero_pd();
        /* each double's mask is two equal 32-bit halves: keep one of each */
#define TAB_LOW32(x, y) _mm_castps_si128(_mm_shuffle_ps(_mm_castpd_ps(x), _mm_castpd_ps(y), \
                                                        _MM_SHUFFLE(2, 0, 2, 0)))
        *one = TAB_LOW32(_mm_cmpeq_pd(a, d1), _mm_cmpeq_pd(b, d1));
        *zero = TAB_LOW32(_mm_cmpeq_pd(a, d0), _mm_cmpeq_pd(b, d0));
        *na = TAB_LOW32(_mm_cmpunord_pd(a, a), _mm_cmpunord_pd(b, b));
#undef TAB_LOW32
    } else {
        __m128i v = _mm_loadu_si128((const __m128i *) ((const int *) c.p + i));
        *one = _mm_cmpeq_epi32(v, _mm_set1_epi32(1));
        *zero = _mm_cmpeq_epi32(v, _mm_setzero_si128());
        *na = _mm_cmpeq_epi32(v, _mm_set1_epi32(NA_INTEGER));
    }
}

/* 16 bits, one per cell, from four 4-cell masks */
TAB_INLINE unsigned bits16(__m128i a, __m128i b, __m128i c, __m128i d)
{
    return (unsigned) _mm_movemask_epi8(_mm_packs_epi16(_mm_packs_epi32(a, b),
                                                        _mm_packs_epi32(c, d)));
}

/* pack_scalar() for a full block of 64 cells, 16 at a time and without
 * branches. */
TAB_INLINE int pack_sse2(mcol c, R_xlen_t from, uint64_t *tick, uint64_t *ans)
{
    uint64_t t = 0, a = 0;
    unsigned ok = 0xFFFF;
    for (int i = 0; i < 64; i += 16) {
        __m128i o[4], z[4], n[4];
        for (int q = 0; q < 4; q++) cells4(c, from + i + 4 * q, &o[q], &z[q], &n[q]);
        unsigned bo = bits16(o[0], o[1], o[2], o[3]);
        unsigned bz = bits16(z[0], z[1], z[2], z[3]);
        unsigned bn = bits16(n[0], n[1], n[2], n[3]);
        t |= (uint64_t) bo << i;
        a |= (uint64_t) (bo | bz) << i;
        ok &= bo | bz | bn;
    }
    *tick |= t;
    *ans |= a;
    if (ok == 0xFFFF) return 0;
    uint64_t t2 = 0, a2 = 0;
    return pack_scalar(c, from, 64, &t2, &a2);
}
#endif

typedef struct {
    R_xlen_t n;
    int p, G;
    double *cnt;   /* p x (G + 1) */
    double *cooc;  /* p x p x (G + 1) */
    double *cpc;   /* (p + 1) x (G + 1) */
    double *ans;   /* G + 1: respondents who answered */
    double *rows;  /* G + 1: all respondents */
    int gna;       /* a missing group was seen */
} mres;

/* Packs rows b0..b0+m-1 of every column.  Returns 0 or the 1-based row of
 * the first bad cell (of the first column that has one), with *badcol set. */
TAB_INLINE R_xlen_t pack_block(const mcol *col, int p, R_xlen_t b0, int m,
                               uint64_t *tick, uint64_t *answered, int *badcol)
{
    uint64_t any = 0;
    for (int j = 0; j < p; j++) {
        uint64_t t = 0;
        int bad;
#ifdef TAB_SSE2
        if (m == 64) bad = pack_sse2(col[j], b0, &t, &any);
        else
#endif
            bad = pack_scalar(col[j], b0, m, &t, &any);
        if (bad) { *badcol = j; return b0 + bad; }
        tick[j] = t;
    }
    *answered = any;
    return 0;
}

/* Group of each row of a block as bit masks.  Fills gmask[] for the groups
 * present and lists them in present[]; returns their number, or -1 - i for
 * a bad group code at row i of the block. */
TAB_INLINE int group_masks(const int *g, int m, int G, uint64_t *gmask, int *present)
{
    int npres = 0;
    for (int i = 0; i < m; i++) {
        int gg = g[i];
        unsigned u = (unsigned) gg - 1u;
        if (u >= (unsigned) G) {
            if (gg != NA_INTEGER) return -1 - i;
            u = (unsigned) G;
        }
        if (gmask[u] == 0) present[npres++] = (int) u;
        gmask[u] |= (uint64_t) 1 << i;
    }
    return npres;
}

/* Unweighted counts.  `popcount` is the counting primitive: the kernel is
 * compiled once per primitive (see multi_kernel_bits). */
#define MULTI_BITS_BODY(popcount)                                                         \
{                                                                                         \
    const int p = r->p, G = r->G, NG = G + 1;                                             \
    uint64_t *tick = (uint64_t *) R_alloc(p > 0 ? p : 1, sizeof(uint64_t));               \
    uint64_t *gmask = (uint64_t *) R_alloc(NG, sizeof(uint64_t));                         \
    int *present = (int *) R_alloc(NG < 64 ? NG : 64, sizeof(int));                       \
    /* the number of choices of the 64 rows, bit-sliced: bit i of plane[l] is             \
     * bit l of row i's count */                                                          \
    int L = 1;                                                                            \
    while (L < 31 && (1 << L) <= p) L++;                                                  \
    uint64_t plane[32];                                                                   \
    memset(gmask, 0, NG * sizeof(uint64_t));                                              \
    /* a block costs about p * p / 2 popcounts: check for interrupts by work */           \
    R_xlen_t every = PSV_INTERRUPT_EVERY / (1 + (R_xlen_t) p * p / 64);                   \
    every = every < 64 ? 64 : every - every % 64;                                         \
    for (R_xlen_t b0 = 0; b0 < r->n; b0 += 64) {                                          \
        if (b0 % every == 0) R_CheckUserInterrupt();                                      \
        int m = r->n - b0 < 64 ? (int) (r->n - b0) : 64;                                  \
        uint64_t answered;                                                                \
        R_xlen_t bad = pack_block(col, p, b0, m, tick, &answered, badcol);                \
        if (bad) return bad;                                                              \
        int npres;                                                                        \
        if (g != NULL) {                                                                  \
            npres = group_masks(psv_ints(g, b0, m), m, G, gmask, present);                \
            if (npres < 0) return -(b0 + (-1 - npres) + 1);                               \
        } else {                                                                          \
            npres = 1;                                                                    \
            present[0] = 0;                                                               \
            gmask[0] = m == 64 ? ~(uint64_t) 0 : ((uint64_t) 1 << m) - 1;                 \
        }                                                                                 \
        memset(plane, 0, sizeof plane);                                                   \
        for (int j = 0; j < p; j++) {                                                     \
            uint64_t carry = tick[j];                                                     \
            for (int l = 0; carry != 0; l++) {                                            \
                uint64_t c2 = plane[l] & carry;                                           \
                plane[l] ^= carry;                                                        \
                carry = c2;                                                               \
            }                                                                             \
        }                                                                                 \
        /* rows by number of choices: the rows whose planes spell ch */                   \
        for (int ch = 0; ch <= p; ch++) {                                                 \
            uint64_t rowsch = answered;                                                   \
            for (int l = 0; l < L && rowsch; l++)                                         \
                rowsch &= (ch >> l) & 1 ? plane[l] : ~plane[l];                           \
            if (rowsch == 0) continue;                                                    \
            for (int s = 0; s < npres; s++) {                                             \
                int gg = present[s];                                                      \
                r->cpc[ch + (size_t) (p + 1) * gg] += popcount(rowsch & gmask[gg]);       \
            }                                                                             \
        }                                                                                 \
        for (int s = 0; s < npres; s++) {                                                 \
            int gg = present[s];                                                          \
            uint64_t gm = gmask[gg];                                                      \
            gmask[gg] = 0;                                                                \
            r->rows[gg] += popcount(gm);                                                  \
            r->ans[gg] += popcount(answered & gm);                                        \
            double *cn = r->cnt + (size_t) p * gg;                                        \
            double *co = r->cooc + (size_t) p * p * gg;                                   \
            for (int a = 0; a < p; a++) {                                                 \
                uint64_t ta = tick[a] & gm;                                               \
                if (ta == 0) continue;                                                    \
                double na = popcount(ta);                                                 \
                cn[a] += na;                                                              \
                co[a + (size_t) p * a] += na;                                             \
                for (int bb = a + 1; bb < p; bb++)                                        \
                    co[bb + (size_t) p * a] += popcount(ta & tick[bb]);                   \
            }                                                                             \
        }                                                                                 \
    }                                                                                     \
    return 0;                                                                             \
}

#ifndef PSV_HAVE_BUILTIN_POPCOUNT
static R_xlen_t multi_bits_portable(const mcol *col, const psv_reader *g, mres *r,
                                    int *badcol)
MULTI_BITS_BODY(psv_popcount64_portable)
#else
#if (defined(__x86_64__) || defined(__i386__)) && !defined(__POPCNT__) && \
    !defined(PSV_NO_POPCNT_DISPATCH)
/* Without -mpopcnt, gcc and clang turn the builtin into a library call on
 * x86; CPUs of the last fifteen years have the instruction.  The kernel is
 * compiled a second time for it and chosen at run time (cpuid);
 * -DPSV_NO_POPCNT_DISPATCH keeps the library call, to test it. */
#include <cpuid.h>
#define TAB_POPCNT_DISPATCH 1
__attribute__((target("popcnt")))
static R_xlen_t multi_bits_popcnt(const mcol *col, const psv_reader *g, mres *r, int *badcol)
MULTI_BITS_BODY(psv_popcount64)

static int cpu_has_popcnt(void)
{
    static int known = -1;
    if (known < 0) {
        unsigned a, b, c, d;
        known = __get_cpuid(1, &a, &b, &c, &d) && (c & bit_POPCNT) != 0;
    }
    return known;
}
#endif
static R_xlen_t multi_bits_builtin(const mcol *col, const psv_reader *g, mres *r, int *badcol)
MULTI_BITS_BODY(psv_popcount64)
#endif /* PSV_HAVE_BUILTIN_POPCOUNT */

/* Returns 0, or the 1-based row of a bad cell with *badcol set (0-based),
 * or minus the row of a bad group code. */
static R_xlen_t multi_kernel_bits(const mcol *col, const psv_reader *g, mres *r, int *badcol)
{
#ifdef TAB_POPCNT_DISPATCH
    if (cpu_has_popcnt()) return multi_bits_popcnt(col, g, r, badcol);
#endif
#ifdef PSV_HAVE_BUILTIN_POPCOUNT
    return multi_bits_builtin(col, g, r, badcol);
#else
    return multi_bits_portable(col, g, r, badcol);
#endif
}

/* Weighted counts: rows in order, so every sum adds its terms in row order. */
static R_xlen_t multi_kernel_weighted(const mcol *col, const psv_reader *g,
                                      const psv_reader *wr, mres *r, int *badcol)
{
    const int p = r->p, G = r->G;
    int *on = (int *) R_alloc(p > 0 ? p : 1, sizeof(int));
    uint64_t *tick = (uint64_t *) R_alloc(p > 0 ? p : 1, sizeof(uint64_t));
    /* a row costs p + non^2 steps: check for interrupts by work, not rows */
    R_xlen_t work = PSV_INTERRUPT_EVERY;
    for (R_xlen_t b0 = 0; b0 < r->n; b0 += 64) {
        int m = r->n - b0 < 64 ? (int) (r->n - b0) : 64;
        const double *w = psv_doubles(wr, b0, m);
        const int *gb = g != NULL ? psv_ints(g, b0, m) : NULL;
        /* weights first, as they are the first argument checked */
        for (int i = 0; i < m; i++)
            if (!(w[i] >= 0 && w[i] <= DBL_MAX)) weight_error(w[i], b0 + i);
        uint64_t answered;
        R_xlen_t bad = pack_block(col, p, b0, m, tick, &answered, badcol);
        if (bad) return bad;
        for (int i = 0; i < m; i++) {
            if (work >= PSV_INTERRUPT_EVERY) { R_CheckUserInterrupt(); work = 0; }
            R_xlen_t row = b0 + i;
            int gg = 0;
            if (g != NULL) {
                gg = gb[i];
                if (gg == NA_INTEGER) { gg = G; r->gna = 1; }
                else if ((unsigned) gg - 1u >= (unsigned) G) return -(row + 1);
                else gg--;
            }
            double wi = w[i];
            r->rows[gg] += wi;
            work += 1 + p;
            if (!((answered >> i) & 1)) continue;  /* did not answer the item */
            int non = 0;
            for (int j = 0; j < p; j++)
                if ((tick[j] >> i) & 1) on[non++] = j;
            work += (R_xlen_t) non * non;
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
            /* read-only: an ALTREP column is not duplicated */
            col[j].p = DATAPTR_RO(cj);
        }
    } else {
        int t = TYPEOF(x);
        if ((t != LGLSXP && t != INTSXP && t != REALSXP) || !Rf_isMatrix(x))
            Rf_error("'x' must be a list of columns or a logical, integer or double matrix");
        n = Rf_nrows(x);
        p = Rf_ncols(x);
        col = (mcol *) R_alloc(p > 0 ? p : 1, sizeof(mcol));
        const char *base = (const char *) DATAPTR_RO(x);
        size_t elt = t == REALSXP ? sizeof(double) : sizeof(int);
        for (int j = 0; j < p; j++) {
            col[j].type = t;
            col[j].p = base + elt * (size_t) n * j;
        }
    }
    int G = psv_as_int(ngroup, "ngroup", 0, 1 << 24);
    group_arg(group, n, G);
    weights_arg(weights, n);
    /* groups and weights are read 64 rows at a time, without a copy */
    psv_reader none = { R_NilValue, NULL, NULL };
    psv_reader gr = Rf_isNull(group) ? none : psv_reader_of(group, 64);
    psv_reader wr = Rf_isNull(weights) ? none : psv_reader_of(weights, 64);
    const psv_reader *g = Rf_isNull(group) ? NULL : &gr;
    const int NG = G + 1;
    if ((double) p * p * NG > 1e8)
        Rf_error("too many options times groups for a co-occurrence table (%d x %d)", p, G);

    SEXP cnt = PROTECT(Rf_allocMatrix(REALSXP, p, NG)); nprot++;
    SEXP cooc = PROTECT(Rf_alloc3DArray(REALSXP, p, p, NG)); nprot++;
    SEXP cpc = PROTECT(Rf_allocMatrix(REALSXP, p + 1, NG)); nprot++;
    SEXP ans = PROTECT(Rf_allocVector(REALSXP, NG)); nprot++;
    SEXP rows = PROTECT(Rf_allocVector(REALSXP, NG)); nprot++;
    mres r = { n, p, G, REAL(cnt), REAL(cooc), REAL(cpc), REAL(ans), REAL(rows), 0 };
    memset(r.cnt, 0, sizeof(double) * (size_t) p * NG);
    memset(r.cooc, 0, sizeof(double) * (size_t) p * p * NG);
    memset(r.cpc, 0, sizeof(double) * (size_t) (p + 1) * NG);
    memset(r.ans, 0, sizeof(double) * NG);
    memset(r.rows, 0, sizeof(double) * NG);

    int badcol = -1;
    const int weighted = !Rf_isNull(weights);
    R_xlen_t bad = weighted ? multi_kernel_weighted(col, g, &wr, &r, &badcol)
                            : multi_kernel_bits(col, g, &r, &badcol);
    if (bad < 0)
        Rf_error("'group' code %d at row %lld lies outside 1..%d",
                 INTEGER_ELT(group, -bad - 1), (long long) -bad, G);
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
    /* fill the upper triangle of the co-occurrences from the lower one */
    for (int gg = 0; gg < NG; gg++) {
        double *co = r.cooc + (size_t) p * p * gg;
        for (int a = 0; a < p; a++)
            for (int bb = a + 1; bb < p; bb++) co[a + (size_t) p * bb] = co[bb + (size_t) p * a];
    }
    /* unweighted, a missing group is a respondent counted in its column */
    int gna = g != NULL && (weighted ? r.gna : r.rows[G] > 0);
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
    /* whether any group was missing, so R need not scan 'group' again */
    SEXP flag = PROTECT(Rf_ScalarLogical(gna)); nprot++;
    Rf_setAttrib(out, Rf_install("group_na"), flag);
    UNPROTECT(nprot);
    return out;
}
