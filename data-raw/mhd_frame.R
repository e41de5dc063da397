# Builds data/mhd_frame.rda: the 135 Italian Mental Health Departments (MHDs)
# invited to the 2025 national survey, by region.
# Run from the top of the source tree: Rscript data-raw/mhd_frame.R
#
# Per-region counts of departments are not published in any source we reached,
# so they are set by a stated allocation rule:
#   1. every region and autonomous province gets one department;
#   2. the remaining 135 - 21 = 114 are shared in proportion to resident
#      population by the largest remainder (Hamilton) method.
# Populations: ISTAT, 1 January 2024 (see the `source` column of the table
# below). Five regions had no figure in our sources; for them the rule uses
# approximate round figures of the ISTAT 1 January 2024 population, used only
# for this allocation: Valle d'Aosta 123,000; Umbria 856,000; Abruzzo
# 1,270,000; Molise 290,000; Basilicata 535,000.

regions <- utils::read.csv(text = "
region,macro_area,population,source
Piemonte,North-West,4252581,ISTAT estimate 1 Jan 2024
Valle d'Aosta,North-West,123000,approximate fill-in for the allocation rule
Lombardia,North-West,10020528,ISTAT estimate 1 Jan 2024
Liguria,North-West,1508847,ISTAT estimate 1 Jan 2024
PA Bolzano,North-East,537533,ISTAT census 31 Dec 2023
PA Trento,North-East,545169,ISTAT census 31 Dec 2023
Veneto,North-East,4851972,ISTAT estimate 1 Jan 2024
Friuli Venezia Giulia,North-East,1195792,31 Dec 2023 (secondary source)
Emilia-Romagna,North-East,4455188,ISTAT estimate 1 Jan 2024
Toscana,Centre,3664798,ISTAT estimate 1 Jan 2024
Umbria,Centre,856000,approximate fill-in for the allocation rule
Marche,Centre,1484427,ISTAT estimate 1 Jan 2024
Lazio,Centre,5720272,ISTAT estimate 1 Jan 2024
Abruzzo,South,1270000,approximate fill-in for the allocation rule
Molise,South,290000,approximate fill-in for the allocation rule
Campania,South,5590076,ISTAT estimate 1 Jan 2024
Puglia,South,3890250,ISTAT estimate 1 Jan 2024
Basilicata,South,535000,approximate fill-in for the allocation rule
Calabria,South,1838150,ISTAT estimate 1 Jan 2024
Sicilia,Islands,4794512,ISTAT estimate 1 Jan 2024
Sardegna,Islands,1569832,ISTAT estimate 1 Jan 2024",
  stringsAsFactors = FALSE, strip.white = TRUE)

# Largest remainder allocation of `total` seats after one per region
allocate <- function(pop, total) {
  rest <- total - length(pop)
  quota <- rest * pop / sum(pop)
  seats <- floor(quota)
  left <- rest - sum(seats)
  extra <- order(quota - seats, decreasing = TRUE)[seq_len(left)]
  seats[extra] <- seats[extra] + 1
  as.integer(seats + 1)
}
regions$n_mhd <- allocate(regions$population, 135)
stopifnot(sum(regions$n_mhd) == 135, all(regions$n_mhd >= 1))

macro_levels <- c("North-West", "North-East", "Centre", "South", "Islands")
area3_of <- c("North-West" = "North", "North-East" = "North", "Centre" = "Centre",
              "South" = "South and Islands", "Islands" = "South and Islands")
region <- rep(regions$region, regions$n_mhd)
macro <- rep(regions$macro_area, regions$n_mhd)
mhd_frame <- data.frame(
  mhd_id = sprintf("MHD%03d", seq_along(region)),
  region = factor(region, levels = regions$region),
  macro_area = factor(macro, levels = macro_levels),
  area3 = factor(unname(area3_of[macro]), levels = c("North", "Centre", "South and Islands")),
  stringsAsFactors = FALSE)

save(mhd_frame, file = "data/mhd_frame.rda", compress = "xz", version = 2)
print(regions[, c("region", "population", "n_mhd")])
print(table(mhd_frame$macro_area))
