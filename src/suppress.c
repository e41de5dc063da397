/* Small-cell suppression, the two searches of suppress_small_cells():
 * - the complementary cells (C_suppress_complement()): every row and column
 *   with a masked cell holds two, and every small count lies on a cycle of
 *   masked cells (the small counts that do not, the bridges, found by one
 *   depth-first search);
 * - the audit (C_suppress_audit()): for each small count, the cheapest
 *   cycle of cells (rows and columns alternating) through it along which
 *   every cell can take a step of 1: a cycle of masked cells alone when
 *   there is one (cost 0, found by a search that reads the masked cells
 *   only), otherwise found by Dijkstra's algorithm over the rows and
 *   columns; the unmasked cells of that cycle are masked.
 * Both keep the masked cells of each row and column in lists (sup_table),
 * so that their searches read the masked cells, not the whole table.
 * R's suppress_complement() and suppress_audit() document the rules. */
#include <limits.h>
#include <string.h>
#include "peersurvey.h"

/* The checks both entry points make: counts, a double matrix of finite
 * non-negative counts (its rows and columns set in *nr, *nc), and the
 * logical matrices lg[0 .. nlg) of the same size, without NA. */
static void sup_check(SEXP counts, const SEXP *lg, const char *const *names, int nlg,
                      R_xlen_t *nr, R_xlen_t *nc)
{
    psv_check_type(counts, REALSXP, "counts");
    SEXP dim = Rf_getAttrib(counts, R_DimSymbol);
    if (TYPEOF(dim) != INTSXP || XLENGTH(dim) != 2)
        Rf_error("'counts' must be a matrix");
    R_xlen_t n = XLENGTH(counts);
    *nr = INTEGER_ELT(dim, 0);
    *nc = INTEGER_ELT(dim, 1);
    if (*nr * *nc != n) Rf_error("'counts' must be a matrix");
    if (n > INT_MAX) Rf_error("'counts' has more than %d cells", INT_MAX);
    for (int j = 0; j < nlg; j++) {
        psv_check_type(lg[j], LGLSXP, names[j]);
        psv_check_length(lg[j], n, names[j]);
        const int *v = LOGICAL_RO(lg[j]);
        for (R_xlen_t k = 0; k < n; k++)
            if (v[k] == NA_LOGICAL) Rf_error("'%s' has NA at %lld", names[j], (long long) k + 1);
    }
    const double *cnt = REAL_RO(counts);
    for (R_xlen_t k = 0; k < n; k++)
        if (!R_FINITE(cnt[k]) || cnt[k] < 0)
            Rf_error("'counts' must be finite and non-negative: element %lld is %g",
                     (long long) k + 1, cnt[k]);
}

/* ---- the masked cells ---- */

/* A table and its masked cells: the mask, and the masked cells of each row
 * (row i's at rcell[i * nc ..], rowm[i] of them) and of each column
 * (column j's at ccell[j * nr ..], colm[j] of them), kept as the mask
 * grows, so that a search through the masked cells reads them alone. */
typedef struct {
    R_xlen_t nr, nc;
    const double *count;
    int *mask;
    R_xlen_t *rowm, *colm;
    int *rcell, *ccell;
} sup_table;

/* Cell k joins the masked cells (when it is not one yet). */
static void sup_set(sup_table *t, R_xlen_t k)
{
    if (t->mask[k]) return;
    t->mask[k] = 1;
    R_xlen_t i = k % t->nr, j = k / t->nr;
    t->rcell[i * t->nc + t->rowm[i]++] = (int) k;
    t->ccell[j * t->nr + t->colm[j]++] = (int) k;
}

/* The masked cells of node u (rows 0 .. nr - 1, then columns), *m of them. */
static R_INLINE const int *sup_cells(const sup_table *t, R_xlen_t u, R_xlen_t *m)
{
    if (u < t->nr) { *m = t->rowm[u]; return t->rcell + u * t->nc; }
    *m = t->colm[u - t->nr];
    return t->ccell + (u - t->nr) * t->nr;
}

/* The other node of cell k, from node u (a row's column, a column's row). */
static R_INLINE R_xlen_t sup_across(const sup_table *t, R_xlen_t u, R_xlen_t k)
{
    return u < t->nr ? t->nr + k / t->nr : k % t->nr;
}

/* A table of nr x nc counts whose mask (`mask`, written) starts as `from`. */
static sup_table sup_table_new(R_xlen_t nr, R_xlen_t nc, const double *count, int *mask,
                               const int *from)
{
    R_xlen_t n = nr * nc;
    sup_table t = { nr, nc, count, mask,
                    (R_xlen_t *) R_alloc((size_t) nr + 1, sizeof(R_xlen_t)),
                    (R_xlen_t *) R_alloc((size_t) nc + 1, sizeof(R_xlen_t)),
                    (int *) R_alloc((size_t) n + 1, sizeof(int)),
                    (int *) R_alloc((size_t) n + 1, sizeof(int)) };
    memset(t.rowm, 0, (size_t) nr * sizeof(R_xlen_t));
    memset(t.colm, 0, (size_t) nc * sizeof(R_xlen_t));
    memset(mask, 0, (size_t) n * sizeof(int));
    for (R_xlen_t k = 0; k < n; k++)
        if (from[k]) sup_set(&t, k);
    return t;
}

/* ---- the complementary cells ---- */

/* Of the cells cand[0 .. n) (linear indices, in this order), the first of
 * the smallest count among the unmasked ones, taken from the non-zero ones
 * when there are any, and from those with `need` when any has it (need:
 * NULL, or a flag per candidate); -1 when every one is masked. */
static R_xlen_t sup_pick(const sup_table *t, const R_xlen_t *cand, const int *need, R_xlen_t n)
{
    int nz = 0, nd = 0;
    for (R_xlen_t a = 0; a < n; a++) {
        if (t->mask[cand[a]]) continue;
        nz |= t->count[cand[a]] > 0;
    }
    for (R_xlen_t a = 0; a < n && need; a++) {
        if (t->mask[cand[a]] || (nz && !(t->count[cand[a]] > 0))) continue;
        nd |= need[a];
    }
    R_xlen_t best = -1;
    for (R_xlen_t a = 0; a < n; a++) {
        R_xlen_t k = cand[a];
        if (t->mask[k] || (nz && !(t->count[k] > 0)) || (nd && !need[a])) continue;
        if (best < 0 || t->count[k] < t->count[best]) best = k;
    }
    return best;
}

/* The rows and columns reached from the rows rows[0 .. *nrow) and the
 * columns cols[0 .. *ncol) through the masked cells other than cell e, in
 * the order they are reached: by rounds, each adding first the columns a
 * reached row has a masked cell in, then the rows a reached column has one
 * in, each round's in increasing order (as ref_suppress_sides() of the tests).
 * in_r, in_c: flags of nr and nc, left set for the reached ones; tr, tc:
 * scratch of nr and nc. */
static void sup_reach(const sup_table *t, R_xlen_t e, R_xlen_t *rows, R_xlen_t *nrow,
                      R_xlen_t *cols, R_xlen_t *ncol, char *in_r, char *in_c, char *tr, char *tc)
{
    R_xlen_t nr = t->nr, nc = t->nc;
    R_xlen_t r_from = 0, c_from = 0;          /* the rows and columns not yet scanned */
    memset(in_r, 0, (size_t) nr); memset(tr, 0, (size_t) nr);
    memset(in_c, 0, (size_t) nc); memset(tc, 0, (size_t) nc);
    for (R_xlen_t a = 0; a < *nrow; a++) in_r[rows[a]] = 1;
    for (R_xlen_t a = 0; a < *ncol; a++) in_c[cols[a]] = 1;
    for (;;) {
        for (; r_from < *nrow; r_from++) {
            R_xlen_t i = rows[r_from];
            const int *cells = t->rcell + i * nc;
            for (R_xlen_t a = 0; a < t->rowm[i]; a++)
                if (cells[a] != e) tc[cells[a] / nr] = 1;
        }
        R_xlen_t newc = 0;
        for (R_xlen_t j = 0; j < nc; j++)
            if (tc[j] && !in_c[j]) { in_c[j] = 1; cols[(*ncol)++] = j; newc++; }
        for (; c_from < *ncol; c_from++) {
            R_xlen_t j = cols[c_from];
            const int *cells = t->ccell + j * nr;
            for (R_xlen_t a = 0; a < t->colm[j]; a++)
                if (cells[a] != e) tr[cells[a] % nr] = 1;
        }
        R_xlen_t newr = 0;
        for (R_xlen_t i = 0; i < nr; i++)
            if (tr[i] && !in_r[i]) { in_r[i] = 1; rows[(*nrow)++] = i; newr++; }
        if (!newr && !newc) return;
    }
}

/* The masked cells that are bridges of the graph of rows and columns they
 * join (without one of them, its row and its column are not connected by
 * the others): written to br, their number returned.  Tarjan's search, one
 * depth-first pass kept on a stack: a cell is a bridge when nothing below
 * it reaches above it.  Scratch of nr + nc each: disc, low, pos, stk, pedge. */
static R_xlen_t sup_bridges(const sup_table *t, int *br, R_xlen_t *disc, R_xlen_t *low,
                            R_xlen_t *pos, R_xlen_t *stk, R_xlen_t *pedge)
{
    R_xlen_t nr = t->nr, nodes = nr + t->nc, time = 0, nb = 0;
    for (R_xlen_t u = 0; u < nodes; u++) disc[u] = -1;
    for (R_xlen_t root = 0; root < nodes; root++) {
        if (disc[root] >= 0) continue;
        R_xlen_t top = 0;
        stk[0] = root; pedge[0] = -1; pos[root] = 0;
        disc[root] = low[root] = time++;
        while (top >= 0) {
            R_xlen_t u = stk[top];
            R_xlen_t m;
            const int *cells = sup_cells(t, u, &m);
            if (pos[u] < m) {               /* the next cell of u */
                R_xlen_t k = cells[pos[u]++];
                if (k == pedge[top]) continue;
                R_xlen_t v = sup_across(t, u, k);
                if (disc[v] < 0) {
                    disc[v] = low[v] = time++;
                    pos[v] = 0;
                    stk[++top] = v;
                    pedge[top] = k;
                } else if (disc[v] < low[u]) low[u] = disc[v];
            } else {                        /* u done: back to its parent */
                top--;
                if (top < 0) break;
                R_xlen_t p = stk[top];
                if (low[u] < low[p]) low[p] = low[u];
                if (low[u] > disc[p]) br[nb++] = (int) pedge[top + 1];
            }
        }
    }
    return nb;
}

/* C_suppress_complement(counts, primary)
 * counts: double matrix of non-negative whole counts; primary: logical
 * matrix of the same size (no NA), the small counts.  Returns list(mask =
 * primary with the complementary cells added, lonely = TRUE when a row or
 * column with one masked cell had no other cell to mask), choosing as R's
 * suppress_complement() documents: repeated until nothing changes, every
 * row (then every column) holding one masked cell gets the smallest
 * unmasked cell of it, non-zero ones first and, among them, those whose
 * column (row) holds one masked cell; then the first small count, in
 * column order, that is a bridge of the rows and columns joined by the
 * masked cells gets the smallest unmasked cell joining its two sides. */
SEXP C_suppress_complement(SEXP counts, SEXP primary)
{
    const char *names[1] = {"primary"};
    R_xlen_t nr, nc;
    sup_check(counts, &primary, names, 1, &nr, &nc);
    R_xlen_t n = nr * nc;
    int nprot = 0;
    SEXP outmask = PROTECT(Rf_duplicate(primary)); nprot++;
    sup_table t = sup_table_new(nr, nc, REAL_RO(counts), LOGICAL(outmask), LOGICAL_RO(primary));
    const int *pr = LOGICAL_RO(primary);
    R_xlen_t side = nr > nc ? nr : nc;
    R_xlen_t *cand = (R_xlen_t *) R_alloc((size_t) (n > side ? n : side) + 1, sizeof(R_xlen_t));
    int *need = (int *) R_alloc((size_t) side + 1, sizeof(int));
    R_xlen_t *ra = (R_xlen_t *) R_alloc((size_t) nr + 1, sizeof(R_xlen_t)),
             *rb = (R_xlen_t *) R_alloc((size_t) nr + 1, sizeof(R_xlen_t)),
             *ca = (R_xlen_t *) R_alloc((size_t) nc + 1, sizeof(R_xlen_t)),
             *cb = (R_xlen_t *) R_alloc((size_t) nc + 1, sizeof(R_xlen_t));
    char *in_r = R_alloc((size_t) nr + 1, 1), *in_c = R_alloc((size_t) nc + 1, 1),
         *tr = R_alloc((size_t) nr + 1, 1), *tc = R_alloc((size_t) nc + 1, 1);
    R_xlen_t nodes = nr + nc + 1;
    R_xlen_t *disc = (R_xlen_t *) R_alloc((size_t) nodes, sizeof(R_xlen_t)),
             *low = (R_xlen_t *) R_alloc((size_t) nodes, sizeof(R_xlen_t)),
             *pos = (R_xlen_t *) R_alloc((size_t) nodes, sizeof(R_xlen_t)),
             *stk = (R_xlen_t *) R_alloc((size_t) nodes, sizeof(R_xlen_t)),
             *pedge = (R_xlen_t *) R_alloc((size_t) nodes, sizeof(R_xlen_t));
    int *br = (int *) R_alloc((size_t) nodes, sizeof(int));
    int lonely = 0;
    for (;;) {
        R_CheckUserInterrupt();
        int changed = 0;
        for (R_xlen_t i = 0; i < nr; i++) {
            if (t.rowm[i] != 1) continue;
            for (R_xlen_t j = 0; j < nc; j++) { cand[j] = i + j * nr; need[j] = t.colm[j] == 1; }
            R_xlen_t k = sup_pick(&t, cand, need, nc);
            if (k < 0) lonely = 1;
            else { sup_set(&t, k); changed = 1; }
        }
        for (R_xlen_t j = 0; j < nc; j++) {
            if (t.colm[j] != 1) continue;
            for (R_xlen_t i = 0; i < nr; i++) { cand[i] = i + j * nr; need[i] = t.rowm[i] == 1; }
            R_xlen_t k = sup_pick(&t, cand, need, nr);
            if (k < 0) lonely = 1;
            else { sup_set(&t, k); changed = 1; }
        }
        if (changed) continue;
        /* the small counts that are bridges, in column order */
        R_xlen_t nb = sup_bridges(&t, br, disc, low, pos, stk, pedge);
        R_isort(br, (int) nb);
        for (R_xlen_t q = 0; q < nb && !changed; q++) {
            R_xlen_t e = br[q];
            if (!pr[e]) continue;
            if ((q & 1023) == 0) R_CheckUserInterrupt();
            R_xlen_t r0 = e % nr, c0 = e / nr, nra = 1, nca = 0, nrb = 0, ncb = 1;
            ra[0] = r0;
            sup_reach(&t, e, ra, &nra, ca, &nca, in_r, in_c, tr, tc);
            if (in_c[c0]) continue;              /* (never: e is a bridge) */
            cb[0] = c0;
            sup_reach(&t, e, rb, &nrb, cb, &ncb, in_r, in_c, tr, tc);
            /* the cells joining a row of one side to a column of the other:
             * (rows of a) x (columns of b), then (rows of b) x (columns of
             * a), column by column */
            R_xlen_t m = 0;
            for (R_xlen_t b = 0; b < ncb; b++)
                for (R_xlen_t a = 0; a < nra; a++) cand[m++] = ra[a] + cb[b] * nr;
            for (R_xlen_t b = 0; b < nca; b++)
                for (R_xlen_t a = 0; a < nrb; a++) cand[m++] = rb[a] + ca[b] * nr;
            R_xlen_t k = sup_pick(&t, cand, NULL, m);
            if (k >= 0) { sup_set(&t, k); changed = 1; }
        }
        if (!changed) break;
    }
    SEXP out = PROTECT(Rf_allocVector(VECSXP, 2)); nprot++;
    SET_VECTOR_ELT(out, 0, outmask);
    SET_VECTOR_ELT(out, 1, Rf_ScalarLogical(lonely));
    UNPROTECT(nprot);
    return out;
}

/* ---- the audit ---- */

/* The graph: nodes 0 .. nr - 1 are rows, nr .. nr + nc - 1 columns.  From a
 * row, the cells that can go up lead to their columns; from a column, the
 * cells that can go down lead to their rows.  A cell costs 0 when masked,
 * its count plus one otherwise; cell e is left out. */
typedef struct {
    sup_table t;                    /* the mask as the cells before left it */
    const int *up, *down;
    R_xlen_t e;
    double *dist;                   /* scratch, nr + nc each */
    R_xlen_t *via;
    char *done;
} sup_graph;

/* Whether a path from node `from` to node `to` runs through masked cells
 * alone (other than cell g->e), each taking its step: the path of cost 0
 * that sup_path() would find, found by a breadth-first search over the
 * masked cells, without reading the unmasked ones.  Uses g->via as the
 * queue and g->done as the flags. */
static int sup_free_path(sup_graph *g, R_xlen_t from, R_xlen_t to)
{
    const sup_table *t = &g->t;
    R_xlen_t nr = t->nr, head = 0, tail = 0;
    memset(g->done, 0, (size_t) (nr + t->nc));
    g->done[from] = 1;
    g->via[tail++] = from;
    while (head < tail) {
        R_xlen_t u = g->via[head++];
        R_xlen_t m;
        const int *cells = sup_cells(t, u, &m);
        for (R_xlen_t a = 0; a < m; a++) {
            R_xlen_t k = cells[a];
            if (k == g->e || !(u < nr ? g->up[k] : g->down[k])) continue;
            R_xlen_t v = sup_across(t, u, k);
            if (g->done[v]) continue;
            if (v == to) return 1;
            g->done[v] = 1;
            g->via[tail++] = v;
        }
    }
    return 0;
}

static R_INLINE double cell_cost(const sup_graph *g, R_xlen_t k)
{
    return g->t.mask[k] ? 0.0 : g->t.count[k] + 1.0;
}

/* The cheapest path from node `from` to node `to`: its cost (INFINITY when
 * there is none); g->via then leads back from `to`.  The node taken next is
 * the nearest one not done, the first of equals, as R's which.min(). */
static double sup_path(sup_graph *g, R_xlen_t from, R_xlen_t to)
{
    R_xlen_t n = g->t.nr + g->t.nc, nr = g->t.nr;
    for (R_xlen_t i = 0; i < n; i++) {
        g->dist[i] = R_PosInf;
        g->via[i] = -1;
        g->done[i] = 0;
    }
    g->dist[from] = 0.0;
    for (;;) {
        R_xlen_t u = -1;
        for (R_xlen_t i = 0; i < n; i++)
            if (!g->done[i] && R_FINITE(g->dist[i]) && (u < 0 || g->dist[i] < g->dist[u])) u = i;
        if (u < 0) return R_PosInf;
        if (u == to) return g->dist[to];
        g->done[u] = 1;
        if (u < nr) {                   /* a row: cells that can go up */
            for (R_xlen_t j = 0; j < g->t.nc; j++) {
                R_xlen_t k = u + j * nr, v = nr + j;
                if (!g->up[k] || k == g->e) continue;
                double d2 = g->dist[u] + cell_cost(g, k);
                if (d2 < g->dist[v]) { g->dist[v] = d2; g->via[v] = k; }
            }
        } else {                        /* a column: cells that can go down */
            for (R_xlen_t i = 0; i < nr; i++) {
                R_xlen_t k = (u - nr) * nr + i;
                if (!g->down[k] || k == g->e) continue;
                double d2 = g->dist[u] + cell_cost(g, k);
                if (d2 < g->dist[i]) { g->dist[i] = d2; g->via[i] = k; }
            }
        }
    }
}

/* Mask the cells of the path that g->via leads back from `to` to `from`
 * (each cell once: the path is simple). */
static void sup_mask_path(sup_graph *g, R_xlen_t from, R_xlen_t to)
{
    R_xlen_t nr = g->t.nr;
    while (to != from) {
        R_xlen_t k = g->via[to];
        sup_set(&g->t, k);
        to = to < nr ? nr + k / nr : k % nr;
    }
}

/* C_suppress_audit(counts, primary, mask, up, down)
 * counts: double matrix of non-negative whole counts; primary, mask, up,
 * down: logical matrices of the same size (no NA): the small counts, the
 * masked cells, and the cells that can go up and down by one.  Returns
 * list(mask = the mask with the cells of the cycles added, exposed =
 * 1-based indices of the small counts no cycle lets move), taking the
 * small counts in column order, each with the mask the ones before left. */
SEXP C_suppress_audit(SEXP counts, SEXP primary, SEXP mask, SEXP up, SEXP down)
{
    const char *names[4] = {"primary", "mask", "up", "down"};
    SEXP lg[4] = {primary, mask, up, down};
    R_xlen_t nr, nc;
    sup_check(counts, lg, names, 4, &nr, &nc);
    R_xlen_t n = nr * nc;
    SEXP dim = Rf_getAttrib(counts, R_DimSymbol);
    const double *cnt = REAL_RO(counts);
    int nprot = 0;
    SEXP outmask = PROTECT(Rf_allocVector(LGLSXP, n)); nprot++;
    Rf_setAttrib(outmask, R_DimSymbol, dim);
    int *om = LOGICAL(outmask);
    const int *pr = LOGICAL_RO(primary);
    R_xlen_t nexp = 0;
    SEXP exposed = PROTECT(Rf_allocVector(INTSXP, n)); nprot++;
    int *ex = INTEGER(exposed);
    sup_graph g = { sup_table_new(nr, nc, cnt, om, LOGICAL_RO(mask)),
                    LOGICAL_RO(up), LOGICAL_RO(down), -1,
                    (double *) R_alloc((size_t) (nr + nc), sizeof(double)),
                    (R_xlen_t *) R_alloc((size_t) (nr + nc), sizeof(R_xlen_t)),
                    R_alloc((size_t) (nr + nc), 1) };
    R_xlen_t *via_a = (R_xlen_t *) R_alloc((size_t) (nr + nc), sizeof(R_xlen_t));
    for (R_xlen_t e = 0; e < n; e++) {
        if (!pr[e]) continue;
        R_CheckUserInterrupt();
        g.e = e;
        R_xlen_t r0 = e % nr, c0 = nr + e / nr;
        /* a cycle of masked cells through e: the cheapest, at no cost, and
         * nothing to mask (the common case, found without Dijkstra's
         * algorithm reading every cell) */
        if ((g.up[e] && sup_free_path(&g, c0, r0)) || (g.down[e] && sup_free_path(&g, r0, c0)))
            continue;
        /* e up: a path from its column back to its row; e down: from its
         * row to its column; the cheaper, the up one when equal (both read
         * the mask as the cells before e left it) */
        double a = g.up[e] ? sup_path(&g, c0, r0) : R_PosInf;
        int have_a = R_FINITE(a);
        if (have_a) memcpy(via_a, g.via, (size_t) (nr + nc) * sizeof(R_xlen_t));
        double b = g.down[e] ? sup_path(&g, r0, c0) : R_PosInf;
        int have_b = R_FINITE(b);
        if (!have_a && !have_b) {
            ex[nexp++] = (int) e + 1;
        } else if (!have_a || (have_b && b < a)) {
            sup_mask_path(&g, r0, c0);
        } else {
            memcpy(g.via, via_a, (size_t) (nr + nc) * sizeof(R_xlen_t));
            sup_mask_path(&g, c0, r0);
        }
    }
    SEXP ex2 = PROTECT(Rf_lengthgets(exposed, nexp)); nprot++;
    SEXP out = PROTECT(Rf_allocVector(VECSXP, 2)); nprot++;
    SET_VECTOR_ELT(out, 0, outmask);
    SET_VECTOR_ELT(out, 1, ex2);
    UNPROTECT(nprot);
    return out;
}
