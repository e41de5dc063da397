# Dictionary coding of free text: peersurvey::code_text() on 10^5 generated
# Italian answers of about 230 bytes (23 MB), all in one R process:
#  1. speed on one thread, in MB/s, against a floor (bench/floor.c,
#     floor_words(): the plainest C that reads the same bytes, folds ASCII
#     letters, splits words and counts them in a hash table; compiled here
#     with R CMD SHLIB and loaded into this process) and against its peers:
#     fold + one regular expression per category in base R and in stringi
#     (timed on the first `n_regex` answers and scaled to all of them), and
#     quanteda's tokens() + tokens_lookup() when quanteda is installed;
#  2. threads: options(peersurvey.threads = 1 or 2), timed and checked to
#     give identical codes and evidence (a build that ignores the option
#     runs one thread both times);
#  3. cost against the number of patterns: dictionaries of 20, 1000 and
#     10000 patterns of three kinds, "random" (made-up words, stems and
#     phrases, which find next to nothing in these answers), "shipped" (rows
#     of the shipped frame, with made-up patterns added to reach 10000: the
#     matches grow as a real frame grows) and "dense" (words, stems and
#     phrases taken from the answers themselves, so that the matches grow
#     about as fast as the patterns), with the mean number of matches per
#     answer;
#  4. accuracy on the hand-coded development set `barrier_answers`;
#  5. one long answer (a run of phrases without a full stop) of growing
#     length: the time should grow in proportion, as the floor's does;
# and a summary with the machine's load at the start and at the end.
# code_text() and the floor run interleaved (interleave() of
# bench/common.R: every call once per round, in a new random order each
# round) and the tables give medians over the rounds; the slow peers run
# apart, `runs_slow` times each.
# Run from the top of a clone after installing the package (needs bench and
# stringi, quanteda optional, and a C compiler for the floor); about 5
# minutes on 2 cores, most of them in the dense 10000 patterns and in
# stringi:
#   Rscript bench/textcode.R     (or ROUNDS=9 ROUNDS_PATTERNS=3 Rscript bench/textcode.R)
suppressPackageStartupMessages({
  library(peersurvey)
  library(stringi)
  library(bench)
})
options(width = 120)
rounds <- as.integer(Sys.getenv("ROUNDS", "7"))                    # sections 1 and 2
rounds_patterns <- as.integer(Sys.getenv("ROUNDS_PATTERNS", "5"))  # section 3
runs_slow <- 2L                                                    # regular expressions, quanteda

source(file.path("bench", "common.R"))
floor_words <- getNativeSymbolInfo("floor_words", load_floor())
load_start <- loadavg()
cat(machine(), "\n")
cat("peersurvey", as.character(packageVersion("peersurvey")), "| stringi",
    as.character(packageVersion("stringi")), "| bench", as.character(packageVersion("bench")),
    "| rounds:", rounds, "and", rounds_patterns, "(patterns)\n")
cat("load average at start:", load_start, "\n")
set.seed(1)

pieces <- c(
  "Mancano i finanziamenti dedicati", "la figura del peer non è riconosciuta",
  "resistenze culturali da parte degli operatori", "carichi di lavoro elevati",
  "poca formazione specifica", "ruolo poco chiaro nell'équipe", "burocrazia aziendale",
  "difficoltà nella supervisione dei peer", "lo stigma è ancora forte",
  "diffidenza verso il sapere esperienziale", "tempi lunghi per l'attivazione",
  "il progetto è stato avviato nel 2023", "abbiamo coinvolto le associazioni del territorio",
  "si lavora con i centri di salute mentale", "il direttore ha sostenuto l’iniziativa",
  "gli utenti partecipano con entusiasmo", "è difficile garantire continuità",
  "le équipe territoriali collaborano", "serve una normativa regionale chiara",
  "il budget è limitato", "scetticismo di alcuni psichiatri", "accreditamento assente"
)
make_answer <- function() {
  s <- character()
  while (sum(nchar(s, "bytes")) < 200) s <- c(s, sample(pieces, 1))
  paste0(paste(s, collapse = sample(c(", ", "; ", ". ", " e "), 1)), ".")
}
n <- 1e5
x <- replicate(n, make_answer())
mb <- sum(nchar(x, "bytes")) / 1e6
cat(sprintf("%d answers, %.1f MB, mean %.0f bytes\n", n, mb, mb * 1e6 / n))

frame <- as.data.frame(barrier_dictionary())
d_full <- barrier_dictionary()
# negation, exclusions, contrast, topics and the window off, words side by
# side within a segment: what a regular expression per category does
d_plain <- text_dictionary(frame[c("category", "language", "pattern")], negation = character(),
                           gap = 0, contrast = character())

# --- dictionaries of 20, 1000 and 10000 patterns (section 3), made here so
# that they do not depend on the random orders of the timings. Each family
# is nested: the dictionary of k patterns holds the first k of 10000.
sizes <- c(20, 1000, 10000)
k_max <- max(sizes)
dict_of <- function(p, category) {
  stopifnot(!anyDuplicated(p))
  text_dictionary(data.frame(category = category, language = "it", pattern = p))
}
# (i) random: made-up words of 5 to 10 letters, 30% cut to a stem of 4
# letters, 30% followed by a second made-up word; the first 10 patterns are
# the first 10 of the shipped frame
fake_words <- function(k) vapply(seq_len(k), function(i)
  paste(sample(letters, sample(5:10, 1), TRUE), collapse = ""), "")
random_patterns <- function(k) {
  p <- frame$pattern[1:10]
  while (length(p) < k) {
    q <- fake_words(k)
    star <- runif(k) < 0.3
    q[star] <- paste0(substr(q[star], 1, 4), "*")
    phrase <- runif(k) < 0.3
    q[phrase] <- paste(q[phrase], fake_words(sum(phrase)))
    p <- unique(c(p, q))
  }
  p[seq_len(k)]
}
p_random <- random_patterns(k_max)
dicts_random <- lapply(sizes, function(k) dict_of(p_random[seq_len(k)],
                                                  paste0("c", seq_len(k) %% 8)))
# (ii) dense: word sequences of the answers as the coder sees them
# (text_words() on 1000 answers drawn at random): single words of 3 or more
# letters, runs of 2 to 5 words and pairs with one or two words between,
# each within one segment; each word written whole or, from 5 letters, as a
# stem of 4 or more letters ("finanz*"). The answers are made of 22 phrases
# with 90 distinct words, so 10000 such patterns need the longer runs and
# the stems; every pattern occurs in the answers, and the matches per
# answer grow with the number of patterns. The patterns are drawn at random
# from all of them and given one of 8 categories at random.
words_sample <- lapply(sample(x, 1000), text_words)
gram <- function(offsets) unique(unlist(lapply(words_sample, function(w) {
  i <- seq_len(max(0L, nrow(w) - max(offsets) + 1L))
  i <- i[w$segment[i] == w$segment[i + max(offsets) - 1L]]
  vapply(i, function(j) paste(w$word[j + offsets - 1L], collapse = " "), "")
})))
word_forms <- function(w)
  if (nchar(w) >= 5) c(w, paste0(substring(w, 1, 4:(nchar(w) - 1)), "*")) else w
grams <- unique(c(Filter(function(g) nchar(g) >= 3, gram(1)), gram(1:2), gram(1:3), gram(1:4),
                  gram(1:5), gram(c(1, 3)), gram(c(1, 4))))
pool <- unique(unlist(lapply(strsplit(grams, " ", fixed = TRUE), function(ws)
  do.call(paste, expand.grid(lapply(ws, word_forms), stringsAsFactors = FALSE)))))
p_real <- sample(pool, k_max)
cat_real <- paste0("c", sample(8, k_max, TRUE))
dicts_real <- lapply(sizes, function(k) dict_of(p_real[seq_len(k)], cat_real[seq_len(k)]))
# (iii) shipped: the rows of the shipped frame in a random order (20 and
# 1000 of them), and for 10000 all of them plus made-up problem patterns
# (those of the random family) in its categories
frame_rows <- frame[sample(nrow(frame)), c("category", "language", "pattern", "kind",
                                          "exclude", "yield")]
filler <- setdiff(p_random, frame$pattern)[seq_len(k_max - nrow(frame))]
frame_10000 <- rbind(frame_rows, data.frame(
  category = sample(unique(frame$category), length(filler), TRUE), language = "it",
  pattern = filler, kind = "problem", exclude = NA_character_, yield = FALSE))
dicts_shipped <- lapply(sizes, function(k) text_dictionary(frame_10000[seq_len(k), ]))
cat(sprintf(paste("dense patterns: %d distinct words in the sampled answers, %d word",
                  "sequences, %d patterns; the %d drawn have 1 to 5 words:"),
            length(gram(1)), length(grams), length(pool), k_max),
    tabulate(lengths(strsplit(p_real, " ", fixed = TRUE)), 5), "\n\n")

# ---- 1. speed on one thread: code_text() against the floor and its peers ----
cat("## 1. code_text() on one thread, the C floor (interleaved,", rounds, "rounds)\n")
words_floor <- .Call(floor_words, x)
cat(sprintf("floor_words(x): %.0f words (%.1f per answer)\n", words_floor, words_floor / n))
r1 <- interleave(list(
  "code_text(x, barrier_dictionary())" = quote({options(peersurvey.threads = 1L)
                                                code_text(x, d_full)}),
  "code_text(x, d_plain) (words side by side)" = quote({options(peersurvey.threads = 1L)
                                                        code_text(x, d_plain)}),
  "floor_words(x) (C floor)" = quote(.Call(floor_words, x))), rounds)
r1$MB_per_s <- round(mb / (r1$median_ms / 1000), 1)
print(r1, row.names = FALSE)
t_code <- r1$median_ms[1] / 1000
t_floor <- r1$median_ms[3] / 1000

# --- peers: regular expressions equivalent to the patterns ---
fold_stri <- function(s) stri_trans_general(s, "Latin-ASCII; Lower")
fold_base <- function(s) {
  tolower(chartr("àáâäèéêëìíîïòóôöùúûüçñÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜÇÑ",
                 "aaaaeeeeiiiioooouuuucnAAAAEEEEIIIIOOOOUUUUCN", s))
}
pattern_words <- function(p) regmatches(p, gregexpr("[a-z0-9]+\\*?", p))[[1]]
pattern_regex <- function(p) {
  w <- sub("\\*$", "[a-z0-9]*", pattern_words(fold_stri(p)))
  # words side by side, separated by anything but a segment or clause break
  paste(w, collapse = "[^a-z0-9,:;.!?()/\\[\\]\n\r]+")
}
cats <- d_full$categories
# one alternation per category, cut into pieces of at most 200 patterns (a
# whole category's alternation is more than PCRE compiles); an answer
# matches the category when any piece matches
regex <- lapply(cats, function(k) {
  p <- vapply(frame$pattern[frame$category == k], pattern_regex, "", USE.NAMES = FALSE)
  vapply(split(p, ceiling(seq_along(p) / 200)), function(q)
    paste0("(?<![a-z0-9])(?:", paste(q, collapse = "|"), ")(?![a-z0-9])"), "")
})
names(regex) <- cats
any_piece <- function(r, detect) Reduce(`|`, lapply(r, detect))

# The regular expressions (alternations of the hundreds of patterns of each
# category) are timed on the first `n_regex` answers and their times scaled
# to all of them: on the whole input stringi would take most of an hour.
n_regex <- 2000
xr <- x[seq_len(n_regex)]
run_base <- function() {
  f <- fold_base(xr)
  as.data.frame(lapply(regex, any_piece, function(r) grepl(r, f, perl = TRUE)))
}
run_stri <- function() {
  f <- fold_stri(xr)
  as.data.frame(lapply(regex, any_piece, function(r) stri_detect_regex(f, r)))
}
elapsed <- function(expr, times) {
  e <- substitute(expr)
  pf <- parent.frame()
  t <- numeric(times)
  for (i in seq_len(times)) {
    t0 <- bench::hires_time()
    val <- eval(e, pf)
    t[i] <- bench::hires_time() - t0
  }
  list(time = stats::median(t), value = val)
}
t_base <- elapsed(run_base(), runs_slow)
t_stri <- elapsed(run_stri(), runs_slow)
plain <- code_text(x, d_plain)
ours <- plain[seq_len(n_regex), ]
class(ours) <- "data.frame"    # (the codes without their class, as the peers give them)
rownames(ours) <- NULL
b <- t_base$value; s <- t_stri$value
names(b) <- names(s) <- cats
cat("codes of the first", n_regex, "answers (plain) identical to base grepl:", identical(ours, b),
    " to stringi:", identical(ours, s), "\n")

# quanteda: fold, split elisions, tokens(), then tokens_lookup() with the
# same patterns (words separated by spaces, a final * as a glob), on the
# first `n_quanteda` answers, scaled
n_quanteda <- 20000
t_quanteda <- NULL
if (requireNamespace("quanteda", quietly = TRUE)) {
  xq <- x[seq_len(n_quanteda)]
  run_quanteda <- function() {
    toks <- quanteda::tokens(stri_replace_all_fixed(fold_stri(xq), "'", " "))
    look <- quanteda::tokens_lookup(toks, qdict, valuetype = "glob", case_insensitive = FALSE)
    as.matrix(quanteda::dfm_match(quanteda::dfm(look, tolower = FALSE), cats)) > 0
  }
  t_quanteda <- tryCatch({
    qdict <- quanteda::dictionary(lapply(split(frame$pattern, factor(frame$category, cats)),
                                         function(p) unique(unname(vapply(p, function(q)
                                           paste(pattern_words(fold_stri(q)), collapse = " "),
                                           "")))))
    tq <- elapsed(run_quanteda(), runs_slow)
    cat(sprintf("quanteda %s: %.1f%% of the %d x %d codes of the first %d answers as code_text() plain\n",
                as.character(packageVersion("quanteda")),
                100 * mean(tq$value == as.matrix(plain[seq_len(n_quanteda), ])),
                n_quanteda, length(cats), n_quanteda))
    tq
  }, error = function(e) {
    cat("quanteda row skipped: the run failed:", conditionMessage(e), "\n")
    NULL
  })
} else {
  cat("quanteda is not installed: its row is skipped\n")
}
cat("share of answers with each code (plain):\n"); print(round(colMeans(plain), 3))
full <- code_text(x, d_full)
cat("answers whose codes change with the full rules (negation, exclusions, topics, context):",
    sum(rowSums(full != plain) > 0), "\n")

peer <- data.frame(call = c("code_text(x, barrier_dictionary())", "floor_words(x) (C floor)",
                            sprintf("base R: fold + grepl(perl) per category (%d answers, scaled)",
                                    n_regex),
                            sprintf("stringi: fold + stri_detect_regex() per category (%d, scaled)",
                                    n_regex)),
                   seconds = c(t_code, t_floor, t_base$time * n / n_regex,
                               t_stri$time * n / n_regex))
if (!is.null(t_quanteda))
  peer <- rbind(peer, data.frame(
    call = sprintf("quanteda: tokens() + tokens_lookup() (%d answers, scaled)", n_quanteda),
    seconds = t_quanteda$time * n / n_quanteda))
peer$MB_per_s <- round(mb / peer$seconds, 2)
peer$vs_code_text <- round(peer$seconds / t_code, 2)
peer$seconds <- round(peer$seconds, 3)
cat(sprintf("\nall %d answers (%.1f MB):\n", n, mb))
print(peer, row.names = FALSE)

# ---- 2. threads ---------------------------------------------------------------
cat("\n## 2. options(peersurvey.threads = k), k = 1, 2 (interleaved,", rounds, "rounds)\n")
with_threads <- function(k, expr) {
  old <- options(peersurvey.threads = k)
  on.exit(options(old))
  expr
}
# whether the installed package mentions the option at all (R code or C)
ns <- asNamespace("peersurvey")
mentions <- any(vapply(ls(ns, all.names = TRUE), function(f) {
  o <- get(f, ns)
  is.function(o) && any(grepl("peersurvey.threads", deparse(o), fixed = TRUE))
}, NA))
so <- system.file("libs", paste0("peersurvey", .Platform$dynlib.ext), package = "peersurvey")
if (!mentions && nzchar(so))
  mentions <- length(grepRaw("peersurvey.threads", readBin(so, "raw", file.size(so)),
                             fixed = TRUE)) > 0
cat("the installed package mentions the option:", if (mentions) "yes" else
      "no (this build runs one thread whatever the option)", "\n")
r2 <- interleave(list(
  "code_text(x, barrier_dictionary()), 1 thread" = quote({options(peersurvey.threads = 1L)
                                                          code_text(x, d_full)}),
  "code_text(x, barrier_dictionary()), 2 threads" = quote({options(peersurvey.threads = 2L)
                                                           code_text(x, d_full)})), rounds)
options(peersurvey.threads = 1L)
r2$MB_per_s <- round(mb / (r2$median_ms / 1000), 1)
print(r2, row.names = FALSE)
speedup <- r2$median_ms[1] / r2$median_ms[2]
same_codes <- identical(with_threads(1L, code_text(x, d_full)),
                        with_threads(2L, code_text(x, d_full)))
same_evidence <- identical(with_threads(1L, code_text(x[1:5000], d_full, evidence = TRUE)),
                           with_threads(2L, code_text(x[1:5000], d_full, evidence = TRUE)))
same_real <- identical(with_threads(1L, code_text(x, dicts_real[[2]])),
                       with_threads(2L, code_text(x, dicts_real[[2]])))
cat(sprintf("speed-up with 2 threads: %.2f\n", speedup))
cat("identical with 1 and 2 threads: codes of all answers", same_codes,
    "| evidence of the first 5000", same_evidence,
    "| codes with the dense 1000 patterns", same_real, "\n")

# ---- 3. cost against the number of patterns --------------------------------
cat("\n## 3. code_text(x, d) with 20, 1000 and 10000 patterns (interleaved,", rounds_patterns,
    "rounds)\n")
exprs <- list()
families <- c(random = "dicts_random", shipped = "dicts_shipped", dense = "dicts_real")
for (fam in names(families)) for (i in seq_along(sizes))
  exprs[[sprintf("%s, %d patterns", fam, sizes[i])]] <-
    bquote(code_text(x, .(as.name(families[[fam]]))[[.(i)]]))
r3 <- interleave(exprs, rounds_patterns)
r3$vs_peersurvey <- NULL
r3$MB_per_s <- round(mb / (r3$median_ms / 1000), 1)
# mean matches (evidence rows: coded or not) per answer, on the first n_ev
n_ev <- 1000
all_dicts <- c(dicts_random, dicts_shipped, dicts_real)
r3$matches_per_answer <- round(vapply(all_dicts, function(d)
  nrow(text_evidence(code_text(x[seq_len(n_ev)], d, evidence = TRUE))) / n_ev, 0), 2)
r3$answers_coded <- round(vapply(all_dicts, function(d)
  mean(rowSums(code_text(x[seq_len(n_ev)], d)) > 0), 0), 3)
print(r3, row.names = FALSE)
cat("(matches per answer and share of answers with a code: first", n_ev, "answers)\n")
ratio <- function(fam, k) {
  m <- r3$median_ms[match(sprintf("%s, %d patterns", fam, c(k, 20)), r3$call)]
  m[1] / m[2]
}
cat(sprintf("time ratio 10000/20 patterns: random %.2f, shipped %.2f, dense %.2f\n",
            ratio("random", 10000), ratio("shipped", 10000), ratio("dense", 10000)))
cat(sprintf("time ratio  1000/20 patterns: random %.2f, shipped %.2f, dense %.2f\n",
            ratio("random", 1000), ratio("shipped", 1000), ratio("dense", 1000)))
# time per match: the extra time over the random family of the same size,
# per match found
per_match <- function(fam, k) {
  i <- match(sprintf("%s, %d patterns", fam, k), r3$call)
  j <- match(sprintf("random, %d patterns", k), r3$call)
  # (none when no match was found: "NA")
  if (r3$matches_per_answer[i] == 0) return(NA_real_)
  1e6 * (r3$median_ms[i] - r3$median_ms[j]) / (r3$matches_per_answer[i] * n)
}
cat(sprintf("time per match (ns, over the random family): shipped %s; dense %s\n",
            paste(sprintf("%.0f", vapply(sizes, per_match, 0, fam = "shipped")), collapse = " / "),
            paste(sprintf("%.0f", vapply(sizes, per_match, 0, fam = "dense")), collapse = " / ")))

# ---- 4. accuracy on the development set (hand codes of barrier_answers) ----
cat("\n## 4. accuracy on barrier_answers (hand codes)\n")
hand <- barrier_answers[d_full$categories]
got <- code_text(barrier_answers$text, d_full)
tp <- colSums(got & hand); fp <- colSums(got & !hand); fn <- colSums(!got & hand)
precision <- tp / (tp + fp); recall <- tp / (tp + fn)
f1 <- 2 * precision * recall / (precision + recall)
ag <- coder_agreement(got, hand)
acc <- data.frame(category = d_full$categories, hand = as.integer(colSums(hand)),
                  precision = round(precision, 3), recall = round(recall, 3), f1 = round(f1, 3),
                  kappa = round(ag$kappa[match(d_full$categories, ag$category)], 3))
print(acc, row.names = FALSE)
neg <- strsplit(barrier_answers$negated, " ", fixed = TRUE)
left <- unlist(lapply(seq_along(neg), function(i) vapply(neg[[i]], function(k) !got[i, k], NA)))
cat(sprintf(paste("macro F1 %.3f, micro F1 %.3f, exact %.3f, pooled kappa %.3f;",
                  "negated or contrasted barriers left uncoded: %d of %d\n"),
            mean(f1), 2 * sum(tp) / (2 * sum(tp) + sum(fp) + sum(fn)),
            mean(rowSums(got != hand) == 0), ag$kappa[ag$category == "(pooled)"],
            sum(left), length(left)))

# ---- 5. one long answer: time against its length ----------------------------
# A run of words with no full stop, repeated k times: the exclusion of a
# custom frame in every phrase, and the shipped frame's topics in one
# comma-separated list; code_text() should grow in proportion to k, as the
# floor does.
cat("\n## 5. one long answer of k phrases without a full stop (interleaved,", rounds_patterns,
    "rounds)\n")
d_excl <- text_dictionary(data.frame(category = "cultural", language = "en", pattern = "resist*",
                                     exclude = "resistance has faded"))
topics <- subset(as.data.frame(d_full), kind == "topic")$pattern[1:5]
long_k <- c(1000L, 4000L, 16000L)
long_x <- list()
exprs <- list()
for (k in long_k) {
  long_x[[sprintf("excl%d", k)]] <- strrep("resistance has faded ", k)
  long_x[[sprintf("list%d", k)]] <- paste(rep(topics, length.out = 5L * k), collapse = ", ")
  exprs[[sprintf("code_text(), exclusions, k = %d", k)]] <-
    bquote(code_text(long_x[[.(sprintf("excl%d", k))]], d_excl))
  exprs[[sprintf("code_text(evidence = TRUE), exclusions, k = %d", k)]] <-
    bquote(code_text(long_x[[.(sprintf("excl%d", k))]], d_excl, evidence = TRUE))
  exprs[[sprintf("code_text(), list of topics, k = %d", k)]] <-
    bquote(code_text(long_x[[.(sprintf("list%d", k))]], d_full))
  exprs[[sprintf("floor_words(), list of topics, k = %d", k)]] <-
    bquote(.Call(floor_words, long_x[[.(sprintf("list%d", k))]]))
}
options(peersurvey.threads = 1L)
r5 <- interleave(exprs, rounds_patterns)
r5$bytes <- rep(vapply(long_k, function(k) nchar(long_x[[sprintf("excl%d", k)]], "bytes"), 0),
                each = 4L)
r5$bytes[grepl("list", r5$call)] <- rep(vapply(long_k, function(k)
  nchar(long_x[[sprintf("list%d", k)]], "bytes"), 0), each = 2L)
print(r5, row.names = FALSE)
growth <- function(what) {
  t <- r5$median_ms[match(sprintf("%s, k = %d", what, range(long_k)), r5$call)]
  t[2] / t[1]
}
for (what in c("code_text(), exclusions", "code_text(evidence = TRUE), exclusions",
               "code_text(), list of topics", "floor_words(), list of topics"))
  cat(sprintf("time at k = %d over k = %d (linear: %d): %-42s %.1f\n", max(long_k), min(long_k),
              max(long_k) %/% min(long_k), what, growth(what)))

# ---- 6. summary ----------------------------------------------------------------
load_end <- loadavg()
m_of <- function(fam) r3$matches_per_answer[match(sprintf("%s, %d patterns", fam, c(20, 10000)),
                                                  r3$call)]
cat("\n## summary\n")
cat(sprintf("%-46s %8.1f MB/s  (%.3f s for %.1f MB)\n", "code_text(x, barrier_dictionary()), 1 thread",
            mb / t_code, t_code, mb))
cat(sprintf("%-46s %8.1f MB/s  (%.3f s)\n", "floor_words(x), C floor", mb / t_floor, t_floor))
cat(sprintf("%-46s %8.2f\n", "code_text / floor (time)", t_code / t_floor))
cat(sprintf("%-46s %8.2f  (identical codes and evidence: %s%s)\n", "speed-up with 2 threads",
            speedup, same_codes && same_evidence && same_real,
            if (mentions) "" else "; the option is not in this build"))
cat(sprintf("%-46s %8.2f\n", "10000/20 patterns (time), random", ratio("random", 10000)))
for (fam in c("shipped", "dense"))
  cat(sprintf("%-46s %8.2f  (matches per answer %.1f -> %.1f)\n",
              sprintf("10000/20 patterns (time), %s", fam), ratio(fam, 10000), m_of(fam)[1],
              m_of(fam)[2]))
cat(sprintf("%-46s %8.1f  (linear: %d)\n", sprintf("one long answer, time at k = %d / %d",
                                                   max(long_k), min(long_k)),
            growth("code_text(), exclusions"), max(long_k) %/% min(long_k)))
cat(sprintf("%-46s %s at the start, %s at the end\n", "load average (1, 5, 15 min)",
            load_start, load_end))
cat("machine:", machine(), "\n")
