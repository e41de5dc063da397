/* Exact interval for a population share under sampling without
 * replacement: the population counts M that neither one-sided
 * hypergeometric test rejects.  The tail probabilities are monotone in M,
 * so each bound is found by bisection over the feasible counts. */
#include "peersurvey.h"
#include <Rmath.h>
#include <limits.h>

/* P(X >= x) when n units are drawn from N of which M have the trait */
static double upper_tail(double x, double M, double N, double n)
{
    if (x <= 0) return 1.0;
    return Rf_phyper(x - 1, M, N - M, n, /* lower_tail = */ 0, /* log_p = */ 0);
}

/* P(X <= x) */
static double lower_tail(double x, double M, double N, double n)
{
    return Rf_phyper(x, M, N - M, n, /* lower_tail = */ 1, /* log_p = */ 0);
}

/* Smallest M in [x, N - n + x] with P(X >= x | M) > a.  At the largest
 * feasible M the probability is 1, so such an M exists. */
static double hyper_lower(double x, double n, double N, double a)
{
    double lo = x, hi = N - n + x;
    if (upper_tail(x, lo, N, n) > a) return lo;
    /* invariant: tail(lo) <= a < tail(hi) */
    while (hi - lo > 1) {
        double mid = lo + floor((hi - lo) / 2);
        if (mid <= lo || mid >= hi) break;  /* no double between them */
        if (upper_tail(x, mid, N, n) > a) hi = mid; else lo = mid;
    }
    return hi;
}

/* Largest M in [x, N - n + x] with P(X <= x | M) > a.  At M = x the
 * probability is 1. */
static double hyper_upper(double x, double n, double N, double a)
{
    double lo = x, hi = N - n + x;
    if (lower_tail(x, hi, N, n) > a) return hi;
    /* invariant: tail(lo) > a >= tail(hi) */
    while (hi - lo > 1) {
        double mid = lo + floor((hi - lo) / 2);
        if (mid <= lo || mid >= hi) break;  /* no double between them */
        if (lower_tail(x, mid, N, n) > a) lo = mid; else hi = mid;
    }
    return lo;
}

static void hyper_kernel(const double *x, const double *n, const double *N,
                         R_xlen_t len, double a, double *lower, double *upper)
{
    for (R_xlen_t i = 0; i < len; i++) {
        /* each element costs up to ~100 tail probabilities */
        if (i % 1024 == 0) R_CheckUserInterrupt();
        lower[i] = hyper_lower(x[i], n[i], N[i], a);
        upper[i] = hyper_upper(x[i], n[i], N[i], a);
    }
}

static void check_counts(SEXP s, R_xlen_t len, const char *what)
{
    psv_check_type(s, REALSXP, what);
    psv_check_length(s, len, what);
    const double *v = REAL_RO(s);
    for (R_xlen_t i = 0; i < len; i++)
        /* above 2^53 whole numbers are no longer exact, and the bisection
         * could not tell neighbouring counts apart */
        if (!R_FINITE(v[i]) || v[i] < 0 || v[i] != floor(v[i]) || v[i] > 9007199254740992.0)
            Rf_error("'%s' must hold finite non-negative whole numbers: "
                     "element %lld is %g", what, (long long) i + 1, v[i]);
}

/* x, n, N: double vectors of one length; conf: a number in (0, 1).
 * Returns a two-column double matrix of the bounds as counts M. */
SEXP C_prop_ci(SEXP x, SEXP n, SEXP N, SEXP conf)
{
    int nprot = 0;
    psv_check_type(x, REALSXP, "x");
    R_xlen_t len = XLENGTH(x);
    if (len > INT_MAX) Rf_error("'x' is too long for a matrix of bounds");
    check_counts(x, len, "x");
    check_counts(n, len, "n");
    check_counts(N, len, "N");
    double cf = psv_as_double(conf, "conf");
    if (!(cf > 0 && cf < 1)) Rf_error("'conf' must lie strictly between 0 and 1");
    const double *px = REAL_RO(x), *pn = REAL_RO(n), *pN = REAL_RO(N);
    for (R_xlen_t i = 0; i < len; i++)
        if (px[i] > pn[i] || pn[i] > pN[i])
            Rf_error("element %lld: need x <= n <= N, not x = %g, n = %g, N = %g",
                     (long long) i + 1, px[i], pn[i], pN[i]);

    SEXP out = PROTECT(Rf_allocMatrix(REALSXP, (int) len, 2)); nprot++;
    hyper_kernel(px, pn, pN, len, (1 - cf) / 2, REAL(out), REAL(out) + len);
    UNPROTECT(nprot);
    return out;
}
