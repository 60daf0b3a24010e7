package org.policykg.evaluate;

/** Counts of one statement kind on one text, and the precision and recall they give. */
public record Scores(String kind, int gold, int predicted, int matched) {
    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) matched / predicted;
    }

    public double recall() {
        return gold == 0 ? (predicted == 0 ? 1.0 : 0.0) : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The counts of both, for summing one kind over several texts. */
    public Scores plus(Scores other) {
        if (!kind.equals(other.kind)) {
            throw new IllegalArgumentException("cannot add " + other.kind + " to " + kind);
        }
        return new Scores(kind, gold + other.gold, predicted + other.predicted, matched + other.matched);
    }
}
