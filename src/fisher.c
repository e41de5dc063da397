/* Fisher's exact test: the network algorithm of Mehta and Patel (1983),
 * specialised to two rows (C_fisher_test()) and for R x C tables
 * (C_fisher_rxc(), at the end).
 *
 * Given the margins, a table is fixed by its first row x_0 .. x_{K-1} and
 * has probability prod_j choose(c_j, x_j) / choose(n, r), with c_j the
 * column totals and r the first row's total.  The network has a node
 * (j, s) for every stage j = 0..K and first-row running total s of the
 * columns before j; a path from (0, 0) to (K, r) is a table.  Everything is
 * in log space, with the constant choose(n, r) left out until the end.
 *
 * Backward pass: for every node, the largest and the smallest log
 * probability of its completions (columns j..K-1 summing to r - s), by
 * dynamic programming over the columns from the last.  Their total is
 * choose(sum_{i >= j} c_i, r - s) (Vandermonde), in closed form.
 *
 * Forward pass: stage by stage, the distinct past log probabilities that
 * reach each node, each with the log of the summed probability of the
 * paths behind it.  A node's past is accepted whole when even the most
 * probable completion leaves the table no more probable than the observed
 * one, dropped when even the least probable completion makes it more
 * probable, and otherwise extended by one column; a child is classified
 * as soon as it is made, so that only undecided pasts are stored.  Pasts
 * at one node that agree to the relative tolerance are merged; columns are
 * sorted by their totals so that permutations of equal columns meet at the
 * same node with the same past and are merged.
 *
 * Unlike the other kernels this one allocates R vectors while it runs
 * (the forward buffers grow with the table): see fisher_stages. */
#include "peersurvey.h"
#include <Rmath.h>
#include <string.h>
#include <stdlib.h>
#include <limits.h>

/* R's fisher.test(): tables up to 1 + 1e-7 times the observed probability
 * count as no more probable (ties up to rounding) */
#define FISHER_REL_TOL 1e-7

/* Largest n handled exactly: log-factorials are tabulated up to n */
#define FISHER_MAX_N 10000000.0

/* Largest (K + 1) * (r + 1) for the backward tables (two doubles each) */
#define FISHER_MAX_NODES 5000000.0

/* Largest work of the backward pass, sum over columns of (r + 1)(c_j + 1) */
#define FISHER_MAX_WORK 1e9

typedef struct {
    R_xlen_t s;   /* first-row running total: the node */
    double key;   /* log past probability deciding acceptance and merging */
    double mass;  /* log of the summed past probabilities merged here */
} fisher_path;

static int cmp_path(const void *a, const void *b)
{
    const fisher_path *p = a, *q = b;
    if (p->s != q->s) return p->s < q->s ? -1 : 1;
    if (p->key != q->key) return p->key < q->key ? -1 : 1;
    return 0;
}

/* The result c(p-value, status): 1 and 0 until the test says otherwise */
static SEXP fisher_result(void)
{
    SEXP out = Rf_allocVector(REALSXP, 2);
    REAL(out)[0] = 1.0;
    REAL(out)[1] = 0.0;
    return out;
}

/* No p-value: status 1 (too large for the bounds) or 2 (too many pasts) */
#define FISHER_GIVE_UP(status) \
    do { res[0] = NA_REAL; res[1] = (status); UNPROTECT(nprot); return out; } while (0)

typedef struct { double total; double first; } fisher_col;

/* ascending column totals, ties by first-row count: equal columns are
 * adjacent, and on 2 x 21 tables this order ran 2 to 5 times faster than
 * descending totals */
static int cmp_col(const void *a, const void *b)
{
    const fisher_col *p = a, *q = b;
    if (p->total != q->total) return p->total < q->total ? -1 : 1;
    if (p->first != q->first) return p->first < q->first ? -1 : 1;
    return 0;
}

static double logspace_add2(double a, double b)
{
    if (a == R_NegInf) return b;
    if (b == R_NegInf) return a;
    return fmax2(a, b) + log1p(exp(-fabs(a - b)));
}

/* The pasts of the forward pass, at the current stage and the next, in raw
 * vectors held by R, so that an interrupt or an error in the middle frees
 * them.  stages_init() protects two vectors. */
typedef struct {
    SEXP buf[2];
    PROTECT_INDEX ipx[2];
    R_xlen_t cap[2], n[2];
    fisher_path *p[2];          /* p[0]: current, p[1]: next */
} fisher_stages;

static void stages_init(fisher_stages *f, R_xlen_t s0)
{
    for (int k = 0; k < 2; k++) {
        f->cap[k] = 1024;
        f->buf[k] = Rf_allocVector(RAWSXP, f->cap[k] * (R_xlen_t) sizeof(fisher_path));
        PROTECT_WITH_INDEX(f->buf[k], &f->ipx[k]);
        f->p[k] = (fisher_path *) RAW(f->buf[k]);
    }
    f->p[0][0].s = s0; f->p[0][0].key = 0; f->p[0][0].mass = 0;
    f->n[0] = 1;
    f->n[1] = 0;
}

/* Add a past to the next stage; 0 when max_paths are there already */
static int stages_push(fisher_stages *f, double maxp, R_xlen_t s, double key, double mass)
{
    if ((double) f->n[1] >= maxp) return 0;
    if (f->n[1] == f->cap[1]) {
        R_xlen_t ncap = f->cap[1] * 2;
        SEXP nb = Rf_allocVector(RAWSXP, ncap * (R_xlen_t) sizeof(fisher_path));
        memcpy(RAW(nb), RAW(f->buf[1]), f->n[1] * sizeof(fisher_path));
        REPROTECT(nb, f->ipx[1]);
        f->buf[1] = nb;
        f->cap[1] = ncap;
        f->p[1] = (fisher_path *) RAW(nb);
    }
    fisher_path *q = &f->p[1][f->n[1]++];
    q->s = s;
    q->key = key;
    q->mass = mass;
    return 1;
}

/* The next stage becomes the current one, the next one empty */
static void stages_swap(fisher_stages *f)
{
    SEXP tb = f->buf[0]; f->buf[0] = f->buf[1]; f->buf[1] = tb;
    REPROTECT(f->buf[0], f->ipx[0]);
    REPROTECT(f->buf[1], f->ipx[1]);
    R_xlen_t t = f->cap[0]; f->cap[0] = f->cap[1]; f->cap[1] = t;
    fisher_path *q = f->p[0]; f->p[0] = f->p[1]; f->p[1] = q;
    f->n[0] = f->n[1];
    f->n[1] = 0;
}

/* The group of pasts of the current stage (sorted) from i: same node, keys
 * within mtol of the first, their masses summed.  Returns the index after
 * the group. */
static R_xlen_t stages_group(const fisher_stages *f, R_xlen_t i, double mtol, R_xlen_t *s,
                             double *key, double *mass)
{
    const fisher_path *cur = f->p[0];
    *s = cur[i].s;
    *key = cur[i].key;
    *mass = cur[i].mass;
    R_xlen_t k = i + 1;
    while (k < f->n[0] && cur[k].s == *s && cur[k].key - *key <= mtol) {
        *mass = logspace_add2(*mass, cur[k].mass);
        k++;
    }
    return k;
}

/* x: first-row counts; colsum: column totals (doubles of one length,
 * checked here).  max_paths: the most pasts kept at one stage.  Returns
 * c(p-value, status) with status 0 exact, 1 too large for the backward
 * tables, 2 more pasts than max_paths at one stage. */
SEXP C_fisher_test(SEXP x, SEXP colsum, SEXP max_paths)
{
    int nprot = 0;
    psv_check_type(x, REALSXP, "x");
    psv_check_type(colsum, REALSXP, "colsum");
    R_xlen_t K0 = XLENGTH(x);
    psv_check_length(colsum, K0, "colsum");
    double maxp = psv_as_double(max_paths, "max_paths");
    if (!(maxp >= 1) || maxp > 1e9) Rf_error("'max_paths' must lie between 1 and 1e9");
    const double *px = REAL_RO(x), *pc = REAL_RO(colsum);
    double n = 0, r = 0;
    for (R_xlen_t j = 0; j < K0; j++) {
        if (!R_FINITE(px[j]) || !R_FINITE(pc[j]) || px[j] < 0 || px[j] != floor(px[j]) ||
            pc[j] != floor(pc[j]) || px[j] > pc[j])
            Rf_error("column %lld: need whole counts 0 <= x <= total, not x = %g, total = %g",
                     (long long) j + 1, px[j], pc[j]);
        n += pc[j];
        r += px[j];
    }

    SEXP out = PROTECT(fisher_result()); nprot++;
    double *res = REAL(out);
    if (n > FISHER_MAX_N) FISHER_GIVE_UP(1.0);

    /* the test is the same for either row: take the smaller total, and drop
     * empty columns (a factor choose(0, 0) = 1 in every table) */
    int flip = r > n - r;
    if (flip) r = n - r;
    fisher_col *col = (fisher_col *) R_alloc(K0 > 0 ? (size_t) K0 : 1, sizeof(fisher_col));
    R_xlen_t K = 0;
    for (R_xlen_t j = 0; j < K0; j++) {
        if (pc[j] == 0) continue;
        col[K].total = pc[j];
        col[K].first = flip ? pc[j] - px[j] : px[j];
        K++;
    }
    /* one column or none, or a first row of 0: one table only */
    if (K < 2 || r == 0) { UNPROTECT(nprot); return out; }
    qsort(col, (size_t) K, sizeof(fisher_col), cmp_col);

    double work = 0;
    for (R_xlen_t j = 0; j < K; j++) work += (r + 1) * (col[j].total + 1);
    if ((double) (K + 1) * (r + 1) > FISHER_MAX_NODES || work > FISHER_MAX_WORK)
        FISHER_GIVE_UP(1.0);

    R_xlen_t in = (R_xlen_t) n, ir = (R_xlen_t) r, W = ir + 1;
    /* cppcheck-suppress invalidPointerCast ; R_alloc memory is aligned for any type */
    double *lf = (double *) R_alloc((size_t) in + 1, sizeof(double));
    for (R_xlen_t i = 0; i <= in; i++) lf[i] = lgammafn((double) i + 1);
    R_xlen_t *ct = (R_xlen_t *) R_alloc((size_t) K, sizeof(R_xlen_t));
    R_xlen_t *rest = (R_xlen_t *) R_alloc((size_t) K + 1, sizeof(R_xlen_t)); /* sum_{i >= j} c_i */
    rest[K] = 0;
    for (R_xlen_t j = K - 1; j >= 0; j--) {
        ct[j] = (R_xlen_t) col[j].total;
        rest[j] = rest[j + 1] + ct[j];
    }
#define LCHOOSE(a, b) (lf[(a)] - lf[(b)] - lf[(a) - (b)])

    double lobs = 0;
    for (R_xlen_t j = 0; j < K; j++) lobs += LCHOOSE(ct[j], (R_xlen_t) col[j].first);
    const double thr = lobs + log1p(FISHER_REL_TOL);
    const double mtol = log1p(FISHER_REL_TOL);
    const double lden = LCHOOSE(in, ir);

    /* backward pass */
    /* cppcheck-suppress invalidPointerCast ; R_alloc memory is aligned for any type */
    double *lmax = (double *) R_alloc((size_t) (K + 1) * (size_t) W, sizeof(double));
    /* cppcheck-suppress invalidPointerCast ; R_alloc memory is aligned for any type */
    double *lmin = (double *) R_alloc((size_t) (K + 1) * (size_t) W, sizeof(double));
    for (R_xlen_t s = 0; s < W; s++) { lmax[K * W + s] = R_NegInf; lmin[K * W + s] = R_PosInf; }
    lmax[K * W + ir] = lmin[K * W + ir] = 0;
    R_xlen_t pre = in;  /* sum_{i < j} c_i, going down from j = K */
    for (R_xlen_t j = K - 1; j >= 0; j--) {
        R_CheckUserInterrupt();
        pre -= ct[j];
        double *mx = lmax + j * W, *mn = lmin + j * W;
        const double *mx1 = lmax + (j + 1) * W, *mn1 = lmin + (j + 1) * W;
        for (R_xlen_t s = 0; s < W; s++) { mx[s] = R_NegInf; mn[s] = R_PosInf; }
        R_xlen_t slo = ir - rest[j] > 0 ? ir - rest[j] : 0;
        R_xlen_t shi = pre < ir ? pre : ir;
        for (R_xlen_t s = slo; s <= shi; s++) {
            /* a single column of a large table can cost ~1e9 steps */
            if ((s & 1023) == 0) R_CheckUserInterrupt();
            R_xlen_t xlo = ir - s - rest[j + 1] > 0 ? ir - s - rest[j + 1] : 0;
            R_xlen_t xhi = ct[j] < ir - s ? ct[j] : ir - s;
            double a = R_NegInf, b = R_PosInf;
            for (R_xlen_t v = xlo; v <= xhi; v++) {
                double l = LCHOOSE(ct[j], v);
                double u = l + mx1[s + v], w = l + mn1[s + v];
                if (u > a) a = u;
                if (w < b) b = w;
            }
            mx[s] = a;
            mn[s] = b;
        }
    }

    /* forward pass */
    fisher_stages st;
    stages_init(&st, 0); nprot += 2;
    double p = 0;
    R_xlen_t tick = 0;
    for (R_xlen_t j = 0; j <= K && st.n[0] > 0; j++) {
        R_CheckUserInterrupt();
        qsort(st.p[0], (size_t) st.n[0], sizeof(fisher_path), cmp_path);
        const double *mx = lmax + j * W, *mn = lmin + j * W;
        for (R_xlen_t i = 0; i < st.n[0]; ) {
            R_xlen_t s;
            double key, mass;
            i = stages_group(&st, i, mtol, &s, &key, &mass);
            if (++tick % 65536 == 0) R_CheckUserInterrupt();
            if (key + mx[s] <= thr) {
                /* every completion counts: their total is choose(rest, r - s) */
                p += exp(mass + LCHOOSE(rest[j], ir - s) - lden);
            } else if (key + mn[s] > thr) {
                continue;  /* no completion is as improbable as the observed table */
            } else {
                /* j < K here: at the last stage the max and min are both 0 */
                R_xlen_t xlo = ir - s - rest[j + 1] > 0 ? ir - s - rest[j + 1] : 0;
                R_xlen_t xhi = ct[j] < ir - s ? ct[j] : ir - s;
                const double *mx1 = lmax + (j + 1) * W, *mn1 = lmin + (j + 1) * W;
                for (R_xlen_t v = xlo; v <= xhi; v++) {
                    /* decide the child now: only undecided ones are kept */
                    double l = LCHOOSE(ct[j], v), kc = key + l;
                    R_xlen_t sc = s + v;
                    if (kc + mx1[sc] <= thr) {
                        p += exp(mass + l + LCHOOSE(rest[j + 1], ir - sc) - lden);
                        continue;
                    }
                    if (kc + mn1[sc] > thr) continue;
                    if (!stages_push(&st, maxp, sc, kc, mass + l)) FISHER_GIVE_UP(2.0);
                }
            }
        }
        stages_swap(&st);
    }
#undef LCHOOSE
    res[0] = p > 1 ? 1 : p;
    UNPROTECT(nprot);
    return out;
}

/* ---- R x C tables ----
 *
 * The same network for any number of rows.  A column j adds the log of its
 * multinomial coefficient c_j! / prod_i x_ij! to a path, and a table's
 * probability is its path's product over n! / prod_i r_i!.  A node is what
 * the rows have left to fill after columns 0 .. j-1 (their room); the
 * completions of a node do not depend on which row has which room, so a
 * node is the room sorted (as in Mehta and Patel's algorithm), packed in
 * one integer of b bits a row.  Its completions total rest_j! / prod_i
 * room_i! (the multinomial Vandermonde identity); the largest and smallest
 * completion are worked out on demand, by recursion over the columns, and
 * kept in a hash table.  Acceptance, dropping and merging of the forward
 * pass are as for two rows. */

/* Most columns of an R x C table (the depth of rxc_bounds()'s recursion) */
#define FISHER_RXC_MAX_COLS 1000

/* Most column splits looked at for an R x C table, by the bounds and by the
 * forward pass (about a second): a table that needs more is simulated */
#define FISHER_RXC_MAX_WORK 2e7

/* Most nodes whose bounds are kept (32 bytes each, the table at most half
 * full) */
#define FISHER_RXC_MAX_NODES 2000000

typedef struct {
    int64_t node;       /* sorted room, packed; -1: an empty slot */
    int j;              /* stage */
    double mx, mn;      /* largest and smallest log completion */
} rxc_memo;

typedef struct {
    int R, C, bits;
    const R_xlen_t *ct;     /* column totals, ascending */
    const double *lf;       /* log factorials */
    R_xlen_t *xbuf;         /* R splits per stage */
    R_xlen_t *rbuf;         /* R rooms per stage */
    rxc_memo *memo;
    R_xlen_t mcap, mn;
    R_xlen_t steps;         /* splits looked at (bounds and forward pass), at most
                             * FISHER_RXC_MAX_WORK */
    int over;
} rxc_net;

/* the first of two doubles, ascending */
static int cmp_double(const void *a, const void *b)
{
    double p = *(const double *) a, q = *(const double *) b;
    return p < q ? -1 : p > q;
}

static int cmp_room(const void *a, const void *b)
{
    R_xlen_t p = *(const R_xlen_t *) a, q = *(const R_xlen_t *) b;
    return p < q ? -1 : p > q;
}

/* The room of R rows, sorted, as one integer (and room sorted in place) */
static int64_t rxc_pack(R_xlen_t *room, int R, int bits)
{
    qsort(room, (size_t) R, sizeof(R_xlen_t), cmp_room);
    int64_t v = 0;
    for (int i = R - 1; i >= 0; i--) v = (v << bits) | (int64_t) room[i];
    return v;
}

static void rxc_unpack(int64_t v, int R, int bits, R_xlen_t *room)
{
    int64_t m = ((int64_t) 1 << bits) - 1;
    for (int i = 0; i < R; i++) { room[i] = (R_xlen_t) (v & m); v >>= bits; }
}

static R_INLINE uint64_t rxc_hash(int64_t node, int j)
{
    return ((uint64_t) node ^ ((uint64_t) j << 56) ^ (uint64_t) j) * 0x9E3779B97F4A7C15ULL;
}

/* The slot of (j, node): found, or the empty one where it goes */
static rxc_memo *rxc_slot(rxc_net *w, int64_t node, int j)
{
    R_xlen_t m = w->mcap - 1, h = (R_xlen_t) (rxc_hash(node, j) >> 20) & m;
    while (w->memo[h].node >= 0 && (w->memo[h].node != node || w->memo[h].j != j))
        h = (h + 1) & m;
    return &w->memo[h];
}

/* An empty hash table of cap slots (R_alloc memory: freed when the call
 * ends) */
static void rxc_memo_new(rxc_net *w, R_xlen_t cap)
{
    w->mcap = cap;
    w->memo = (rxc_memo *) R_alloc((size_t) cap, sizeof(rxc_memo));
    for (R_xlen_t i = 0; i < cap; i++) w->memo[i].node = -1;
}

/* Double the hash table */
static void rxc_grow(rxc_net *w)
{
    rxc_memo *old = w->memo;
    R_xlen_t oc = w->mcap;
    rxc_memo_new(w, 2 * oc);
    for (R_xlen_t i = 0; i < oc; i++)
        if (old[i].node >= 0) *rxc_slot(w, old[i].node, old[i].j) = old[i];
}

/* The log multinomial coefficient of the split x of column total c, and
 * the rooms it leaves (child = room - x) */
static R_INLINE double rxc_term(const double *lf, int R, R_xlen_t c, const R_xlen_t *x,
                                const R_xlen_t *room, R_xlen_t *child)
{
    double l = lf[c];
    for (int i = 0; i < R; i++) { l -= lf[x[i]]; child[i] = room[i] - x[i]; }
    return l;
}

/* The next split x[0 .. R-1] of a column total c within room[] (first:
 * the first one); x[R-1] follows from the others.  0 when none is left. */
static int rxc_next(R_xlen_t *x, const R_xlen_t *room, int R, R_xlen_t c, int first,
                    R_xlen_t *sum)
{
    int R1 = R - 1;
    for (;;) {
        if (first) {
            for (int i = 0; i < R1; i++) x[i] = 0;
            *sum = 0;
            first = 0;
        } else {
            int i = 0;
            while (i < R1) {
                if (x[i] < room[i] && *sum < c) { x[i]++; (*sum)++; break; }
                *sum -= x[i];
                x[i] = 0;
                i++;
            }
            if (i == R1) return 0;
        }
        R_xlen_t xl = c - *sum;
        if (xl >= 0 && xl <= room[R1]) { x[R1] = xl; return 1; }
    }
}

/* Largest and smallest log completion of node `node` at stage j (its room
 * sums to the totals of columns j ..).  Sets w->over when the work bound is
 * passed (the values are then meaningless). */
static void rxc_bounds(rxc_net *w, int j, int64_t node, double *mx, double *mn)
{
    if (j == w->C) { *mx = *mn = 0; return; }
    rxc_memo *e = rxc_slot(w, node, j);
    if (e->node >= 0) { *mx = e->mx; *mn = e->mn; return; }
    int R = w->R;
    R_xlen_t *x = w->xbuf + (R_xlen_t) j * R, *room = w->rbuf + (R_xlen_t) j * R;
    R_xlen_t *child = w->rbuf + (R_xlen_t) (j + 1) * R;
    rxc_unpack(node, R, w->bits, room);
    double a = R_NegInf, b = R_PosInf;
    R_xlen_t sum, c = w->ct[j];
    for (int more = rxc_next(x, room, R, c, 1, &sum); more && !w->over;
         more = rxc_next(x, room, R, c, 0, &sum)) {
        if ((double) ++w->steps > FISHER_RXC_MAX_WORK) { w->over = 1; break; }
        if (w->steps % 65536 == 0) R_CheckUserInterrupt();
        double l = rxc_term(w->lf, R, c, x, room, child), ca, cb;
        rxc_bounds(w, j + 1, rxc_pack(child, R, w->bits), &ca, &cb);
        /* the recursion used the buffers of the stages after j only */
        if (l + ca > a) a = l + ca;
        if (l + cb < b) b = l + cb;
    }
    *mx = a;
    *mn = b;
    if (w->over) return;
    if (w->mn >= FISHER_RXC_MAX_NODES) { w->over = 1; return; }
    if (2 * (w->mn + 1) > w->mcap) rxc_grow(w);
    e = rxc_slot(w, node, j);
    e->node = node;
    e->j = j;
    e->mx = a;
    e->mn = b;
    w->mn++;
}

/* x: an R x C matrix of whole counts (doubles).  Returns c(p-value,
 * status), status as C_fisher_test() (1 also when the rooms do not pack
 * in 63 bits). */
SEXP C_fisher_rxc(SEXP x, SEXP max_paths)
{
    int nprot = 0;
    psv_check_type(x, REALSXP, "x");
    SEXP dim = Rf_getAttrib(x, R_DimSymbol);
    if (TYPEOF(dim) != INTSXP || XLENGTH(dim) != 2) Rf_error("'x' must be a matrix");
    int R0 = INTEGER(dim)[0], C0 = INTEGER(dim)[1];
    psv_check_length(x, (R_xlen_t) R0 * C0, "x");
    double maxp = psv_as_double(max_paths, "max_paths");
    if (!(maxp >= 1) || maxp > 1e9) Rf_error("'max_paths' must lie between 1 and 1e9");
    const double *px = REAL_RO(x);
    double n = 0;
    for (R_xlen_t k = 0; k < (R_xlen_t) R0 * C0; k++) {
        if (!R_FINITE(px[k]) || px[k] < 0 || px[k] != floor(px[k]))
            Rf_error("cell %lld: need a whole count >= 0, not %g", (long long) k + 1, px[k]);
        n += px[k];
    }
    SEXP out = PROTECT(fisher_result()); nprot++;
    double *res = REAL(out);
    if (n > FISHER_MAX_N) FISHER_GIVE_UP(1.0);

    /* non-empty rows and columns; columns by ascending total */
    double *rs = (double *) R_alloc((size_t) R0 + 1, sizeof(double));
    double *co = (double *) R_alloc((size_t) C0 * 2 + 1, sizeof(double));
    for (int i = 0; i < R0; i++) rs[i] = 0;
    int C = 0;
    for (int j = 0; j < C0; j++) {
        double cj = 0;
        for (int i = 0; i < R0; i++) {
            double v = px[i + (R_xlen_t) j * R0];
            rs[i] += v;
            cj += v;
        }
        if (cj > 0) { co[2 * C] = cj; co[2 * C + 1] = j; C++; }
    }
    int *ro = (int *) R_alloc((size_t) R0 + 1, sizeof(int)), R = 0;
    for (int i = 0; i < R0; i++) if (rs[i] > 0) ro[R++] = i;
    if (R < 2 || C < 2) { UNPROTECT(nprot); return out; }
    qsort(co, (size_t) C, 2 * sizeof(double), cmp_double);
    R_xlen_t in = (R_xlen_t) n, rmax = 0;
    for (int i = 0; i < R; i++) if ((R_xlen_t) rs[ro[i]] > rmax) rmax = (R_xlen_t) rs[ro[i]];
    int bits = 1;
    while (bits < 62 && ((R_xlen_t) 1 << bits) <= rmax) bits++;
    /* rooms that do not pack in 63 bits; columns beyond the recursion's depth */
    if (bits * R > 63 || C > FISHER_RXC_MAX_COLS) FISHER_GIVE_UP(1.0);

    R_xlen_t *ct = (R_xlen_t *) R_alloc((size_t) C, sizeof(R_xlen_t));
    R_xlen_t *rest = (R_xlen_t *) R_alloc((size_t) C + 1, sizeof(R_xlen_t));
    rest[C] = 0;
    for (int j = C - 1; j >= 0; j--) {
        ct[j] = (R_xlen_t) co[2 * j];
        rest[j] = rest[j + 1] + ct[j];
    }
    /* cppcheck-suppress invalidPointerCast ; R_alloc memory is aligned for any type */
    double *lf = (double *) R_alloc((size_t) in + 1, sizeof(double));
    for (R_xlen_t i = 0; i <= in; i++) lf[i] = lgammafn((double) i + 1);
    double lobs = 0, lden = lf[in];
    for (int j = 0; j < C; j++) {
        int oj = (int) co[2 * j + 1];
        lobs += lf[ct[j]];
        for (int i = 0; i < R; i++) lobs -= lf[(R_xlen_t) px[ro[i] + (R_xlen_t) oj * R0]];
    }
    for (int i = 0; i < R; i++) lden -= lf[(R_xlen_t) rs[ro[i]]];
    const double thr = lobs + log1p(FISHER_REL_TOL);
    const double mtol = log1p(FISHER_REL_TOL);

    rxc_net w;
    w.R = R; w.C = C; w.bits = bits; w.ct = ct; w.lf = lf;
    w.xbuf = (R_xlen_t *) R_alloc((size_t) (C + 1) * (size_t) R, sizeof(R_xlen_t));
    w.rbuf = (R_xlen_t *) R_alloc((size_t) (C + 2) * (size_t) R, sizeof(R_xlen_t));
    w.mn = 0; w.steps = 0; w.over = 0;
    rxc_memo_new(&w, 1024);
    /* the forward pass's own rooms and splits */
    R_xlen_t *room = (R_xlen_t *) R_alloc((size_t) R, sizeof(R_xlen_t));
    R_xlen_t *xs = (R_xlen_t *) R_alloc((size_t) R, sizeof(R_xlen_t));
    R_xlen_t *child = (R_xlen_t *) R_alloc((size_t) R, sizeof(R_xlen_t));
    for (int i = 0; i < R; i++) room[i] = (R_xlen_t) rs[ro[i]];

    fisher_stages st;
    stages_init(&st, (R_xlen_t) rxc_pack(room, R, bits)); nprot += 2;
    R_xlen_t tick = 0;
    double p = 0;
    for (int j = 0; j <= C && st.n[0] > 0; j++) {
        R_CheckUserInterrupt();
        qsort(st.p[0], (size_t) st.n[0], sizeof(fisher_path), cmp_path);
        for (R_xlen_t i = 0; i < st.n[0] && !w.over; ) {
            R_xlen_t v;
            double key, mass;
            i = stages_group(&st, i, mtol, &v, &key, &mass);
            if (++tick % 65536 == 0) R_CheckUserInterrupt();
            double mx, mn;
            rxc_bounds(&w, j, (int64_t) v, &mx, &mn);
            if (w.over) break;
            rxc_unpack((int64_t) v, R, bits, room);
            if (key + mx <= thr) {
                /* every completion counts: their total is rest! / prod room! */
                double lroom = 0;
                for (int r = 0; r < R; r++) lroom += lf[room[r]];
                p += exp(mass + lf[rest[j]] - lroom - lden);
            } else if (key + mn > thr) {
                continue;  /* no completion is as improbable as the observed table */
            } else {
                /* j < C here: at the last stage the max and min are both 0 */
                R_xlen_t sum;
                for (int more = rxc_next(xs, room, R, ct[j], 1, &sum); more && !w.over;
                     more = rxc_next(xs, room, R, ct[j], 0, &sum)) {
                    /* the children looked at count as work too */
                    if ((double) ++w.steps > FISHER_RXC_MAX_WORK) { w.over = 1; break; }
                    double l = rxc_term(lf, R, ct[j], xs, room, child), lroom = 0;
                    for (int r = 0; r < R; r++) lroom += lf[child[r]];
                    int64_t to = rxc_pack(child, R, bits);
                    double kc = key + l, cmx, cmn;
                    rxc_bounds(&w, j + 1, to, &cmx, &cmn);
                    if (kc + cmx <= thr) {
                        p += exp(mass + l + lf[rest[j + 1]] - lroom - lden);
                        continue;
                    }
                    if (kc + cmn > thr) continue;
                    if (!stages_push(&st, maxp, (R_xlen_t) to, kc, mass + l)) FISHER_GIVE_UP(2.0);
                }
            }
        }
        if (w.over) FISHER_GIVE_UP(1.0);
        stages_swap(&st);
    }
    res[0] = p > 1 ? 1 : p;
    UNPROTECT(nprot);
    return out;
}
