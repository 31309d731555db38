package org.glyphgan.trace;

/** A point or vector in traced-bitmap pixels, y down. */
record PointPx(double x, double y) {
    PointPx plus(PointPx o) {
        return new PointPx(x + o.x, y + o.y);
    }

    PointPx minus(PointPx o) {
        return new PointPx(x - o.x, y - o.y);
    }

    PointPx times(double f) {
        return new PointPx(x * f, y * f);
    }

    PointPx lerp(PointPx o, double t) {
        return new PointPx(x + (o.x - x) * t, y + (o.y - y) * t);
    }

    double cross(PointPx o) {
        return x * o.y - y * o.x;
    }

    double dot(PointPx o) {
        return x * o.x + y * o.y;
    }

    double length() {
        return Math.sqrt(x * x + y * y);
    }

    double distance(PointPx o) {
        double dx = x - o.x;
        double dy = y - o.y;
        return Math.sqrt(dx * dx + dy * dy);
    }
}
