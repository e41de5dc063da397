library(testthat)
library(peersurvey)

test_check("peersurvey")
