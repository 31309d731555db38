package org.glyphgan.trace;

/**
 * One piece of a smoothed contour, in traced pixels, from the previous piece's end to
 * {@code end}. A corner piece is two lines through {@code vertex}; a curve piece is a cubic
 * Bézier with the given control points. A straight piece is a corner piece whose {@code vertex}
 * is the previous piece's end, so it is one line.
 *
 * @param corner   whether the piece is a sharp corner
 * @param vertex   polygon vertex the piece goes round
 * @param control1 first control point (unused for corners)
 * @param control2 second control point (unused for corners)
 * @param end      end point: the midpoint of the polygon edge after {@code vertex}, or the end of a merged curve
 * @param alpha    smoothing parameter of the piece
 */
record CurvePiece(boolean corner, PointPx vertex, PointPx control1, PointPx control2, PointPx end, double alpha) {
}
