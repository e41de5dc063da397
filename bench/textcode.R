# Dictionary coding of free text: peersurvey::code_text() against the
# fastest base-R and stringi equivalents (fold, then one regular expression
# per category), on 10^5 generated Italian answers of about 240 bytes.
# Times are medians of repeated system.time() runs in one process.
# Run from the top of a clone after installing the package:
#   Rscript bench/textcode.R
suppressPackageStartupMessages({
  library(peersurvey)
  library(stringi)
})
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

# --- regular expressions equivalent to the patterns ---
fold_stri <- function(s) stri_trans_general(s, "Latin-ASCII; Lower")
fold_base <- function(s) {
  tolower(chartr("àáâäèéêëìíîïòóôöùúûüçñÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜÇÑ",
                 "aaaaeeeeiiiioooouuuucnAAAAEEEEIIIIOOOOUUUUCN", s))
}
pattern_regex <- function(p) {
  p <- fold_stri(p)
  star <- grepl("*", p, fixed = TRUE)
  words <- regmatches(p, gregexpr("[a-z0-9]+\\*?", p))[[1]]
  w <- sub("\\*$", "[a-z0-9]*", words)
  # words side by side, separated by anything but a segment or clause break
  paste(w, collapse = "[^a-z0-9,:;.!?()/\\[\\]\n\r]+")
}
cats <- unique(frame$category)
regex <- vapply(cats, function(k)
  paste0("(?<![a-z0-9])(?:", paste(vapply(frame$pattern[frame$category == k], pattern_regex, ""),
                                    collapse = "|"), ")(?![a-z0-9])"), "")

# The regular expressions (one alternation of some 200 patterns per category)
# are timed on the first `n_regex` answers and their times scaled to all of
# them: on the whole input stringi would take most of an hour.
n_regex <- 5000
xr <- x[seq_len(n_regex)]
run_base <- function() {
  f <- fold_base(xr)
  as.data.frame(lapply(regex, function(r) grepl(r, f, perl = TRUE)))
}
run_stri <- function() {
  f <- fold_stri(xr)
  as.data.frame(lapply(regex, function(r) stri_detect_regex(f, r)))
}

# --- timings and agreement of codes (negation-free) ---
# The regular-expression baselines take long: each runs twice (on a subset,
# see n_regex), code_text() five times; medians of elapsed times.
elapsed <- function(expr, times) {
  e <- substitute(expr)
  pf <- parent.frame()
  t <- numeric(times)
  for (i in seq_len(times)) t[i] <- system.time(val <- eval(e, pf))[["elapsed"]]
  list(time = stats::median(t), value = val)
}
t_full <- elapsed(code_text(x, d_full), 5)
t_plain <- elapsed(code_text(x, d_plain), 5)
t_base <- elapsed(run_base(), 2)
t_stri <- elapsed(run_stri(), 2)
t_base$time <- t_base$time * n / n_regex
t_stri$time <- t_stri$time * n / n_regex
ours <- t_plain$value[seq_len(n_regex), ]
rownames(ours) <- NULL
b <- t_base$value; s <- t_stri$value
names(b) <- names(s) <- cats
cat("codes of the first", n_regex, "answers identical to base grepl:", identical(ours, b),
    " to stringi:", identical(ours, s), "\n")
cat("share of answers with each code (plain):\n"); print(round(colMeans(t_plain$value), 3))
cat("answers whose codes change with the full rules (negation, exclusions, topics, context):",
    sum(rowSums(t_full$value != t_plain$value) > 0), "\n")
med <- c(t_full$time, t_plain$time, t_base$time, t_stri$time)
res <- data.frame(expression = c("code_text", "code_text (plain: words side by side)", "base grepl(perl)",
                                 "stringi regex"),
                  median_s = round(med, 3), MB_per_s = round(mb / med, 1),
                  ratio_to_code_text = round(med / med[1], 1))
print(res, row.names = FALSE)

# --- cost against the number of patterns ---
fake_words <- function(k) vapply(seq_len(k), function(i)
  paste(sample(letters, sample(5:10, 1), TRUE), collapse = ""), "")
make_dict <- function(k) {
  p <- fake_words(k)
  star <- runif(k) < 0.3
  p[star] <- paste0(substr(p[star], 1, 4), "*")
  phrase <- runif(k) < 0.3
  p[phrase] <- paste(p[phrase], fake_words(sum(phrase)))
  p[seq_len(min(k, 10))] <- frame$pattern[seq_len(min(k, 10))]
  text_dictionary(unique(data.frame(category = paste0("c", seq_len(k) %% 8),
                                    language = "it", pattern = p)))
}
d20 <- make_dict(20); d1000 <- make_dict(1000)
m <- c(elapsed(code_text(x, d20), 5)$time, elapsed(code_text(x, d1000), 5)$time)
cat(sprintf("20 patterns: %.3f s; 1000 patterns: %.3f s; ratio %.2f\n", m[1], m[2], m[2] / m[1]))

cat(sprintf("\nmachine: %s, %s cores, %s\n",
            sub(".*: ", "", grep("model name", readLines("/proc/cpuinfo"), value = TRUE)[1]),
            parallel::detectCores(), R.version.string))

# --- accuracy on the development set (hand codes of barrier_answers) ---
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
cat("load:", readLines("/proc/loadavg"), "\n")
