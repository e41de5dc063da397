/* Registration table: nothing else lives here. */
#include "peersurvey.h"

/* through void (*)(void), the type gcc accepts as a cast to any function
 * type: -Wcast-function-type is silent and the pointer is unchanged */
#define CALLDEF(name, n) {#name, (DL_FUNC) (void (*)(void)) &name, n}

static const R_CallMethodDef CallEntries[] = {
    /* tabulate: begin */
    CALLDEF(C_tabulate_choice, 5),
    CALLDEF(C_tabulate_multi, 4),
    /* tabulate: end */
    /* textcode: begin */
    CALLDEF(C_text_dictionary, 10),
    CALLDEF(C_text_dictionary_ok, 1),
    CALLDEF(C_code_text, 6),
    CALLDEF(C_text_words, 1),
    CALLDEF(C_text_pattern_keys, 1),
    CALLDEF(C_fold_text, 1),
    /* textcode: end */
    /* ladder: begin */
    CALLDEF(C_code_coproduction, 3),
    /* ladder: end */
    /* ci: begin */
    CALLDEF(C_prop_ci, 4),
    /* ci: end */
    /* resample: begin */
    CALLDEF(C_test_multi_independence, 6),
    /* resample: end */
    /* fisher: begin */
    CALLDEF(C_fisher_test, 3),
    CALLDEF(C_fisher_rxc, 2),
    /* fisher: end */
    /* read: begin */
    CALLDEF(C_read_decode, 2),
    CALLDEF(C_read_tokenize, 3),
    CALLDEF(C_text_nfc, 1),
    /* read: end */
    /* suppress: begin */
    CALLDEF(C_suppress_complement, 2),
    CALLDEF(C_suppress_audit, 5),
    /* suppress: end */
    {NULL, NULL, 0}
};

void attribute_visible R_init_peersurvey(DllInfo *dll)
{
    R_registerRoutines(dll, NULL, CallEntries, NULL, NULL);
    R_useDynamicSymbols(dll, FALSE);
    R_forceSymbols(dll, TRUE);
}
