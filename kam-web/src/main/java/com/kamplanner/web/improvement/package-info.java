/**
 * The web side of kam-ejb {@code improvement}: the quarterly programme review ({@code programme/review.xhtml}), its
 * charts, its improvement actions and its Excel export. The page lives under {@code /programme/*} with the other
 * KA Director boards; the bean lives with its feature.
 */
package com.kamplanner.web.improvement;
