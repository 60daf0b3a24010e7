package org.policykg.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Links the sentences of two language versions of one work: first by the structure markers both
 * texts share (第二条 / Article 2, 一、 / I., （一） / (1)), which cut both into corresponding parts;
 * then, inside each part and between the parts, by order, length and the concepts both sentences
 * mention, with a dynamic programme that may also link one sentence to several (a translator splits
 * and joins sentences) or leave a sentence unlinked (an abridged or excerpted version).
 */
public final class SentenceAligner {
    public static final String STRUCTURE = "structure";
    public static final String ORDER_AND_CONCEPTS = "order-and-concepts";

    /** The most sentences of one side a link may join. */
    private static final int MAX_GROUP = 5;
    /** A link must score above this to be worth making; below it the sentences stay unlinked. */
    private static final double THRESHOLD = 0.3;
    /** Each sentence beyond one a side joins costs this, so that 1:1 links win a tie. */
    private static final double JOIN_COST = 0.1;
    /** The spread of the log length ratio of a sentence and its translation. */
    private static final double LENGTH_SPREAD = 0.4;
    /** Concept agreement (Jaccard) from which two sentences anchor their part's diagonal. */
    private static final double ANCHOR = 0.5;
    /** Characters (of the left language) below which a line counts as part of a sentence only. */
    private static final double SHORT = 40;
    /** Characters of slack in {@link Diagonal#nearness}: a short link may lie a sentence off the line. */
    private static final double NEAR = 150;

    /**
     * A sentence as the aligner sees it: its text, the concepts (IRIs) it mentions, and the markers of
     * the sections it opens (outermost first; empty when the text itself may start with one).
     */
    public record Sentence(String text, Set<String> concepts, List<String> markers) {}

    /**
     * One link: positions in the left and right lists, the method, and a score from 0 to 1.
     */
    public record Link(List<Integer> left, List<Integer> right, String method, double score) {}

    private final double lengthRatio;

    /**
     * @param lengthRatio characters of the left language per character of the right (English runs
     *     about four characters for each Chinese one in this register; 1 for the same script)
     */
    public SentenceAligner(double lengthRatio) {
        this.lengthRatio = lengthRatio;
    }

    /** The usual length ratio of two languages ("en", "zh"; other pairs are taken as alike). */
    public static double lengthRatio(String left, String right) {
        return relativeLength(left) / relativeLength(right);
    }

    /** Characters a language spends on what Chinese says in one. */
    private static double relativeLength(String language) {
        return language != null && language.startsWith("zh") ? 1.0 : 4.0;
    }

    public List<Link> align(List<Sentence> left, List<Sentence> right) {
        List<Keyed> l = keyed(left);
        List<Keyed> r = keyed(right);
        List<Run> lr = runs(l);
        List<Run> rr = runs(r);
        List<int[]> matched = commonRuns(lr, rr);
        List<Link> links = new ArrayList<>();
        int li = 0;
        int ri = 0;
        for (int[] m : matched) {
            Run a = lr.get(m[0]);
            Run b = rr.get(m[1]);
            links.addAll(byOrder(left, right, li, a.start, ri, b.start));
            if (l.get(a.start).marked && r.get(b.start).marked) {
                links.add(new Link(List.of(a.start), List.of(b.start), STRUCTURE, 1.0));
                links.addAll(byOrder(left, right, a.start + 1, a.end, b.start + 1, b.end));
            } else {
                links.addAll(byOrder(left, right, a.start, a.end, b.start, b.end));
            }
            li = a.end;
            ri = b.end;
        }
        links.addAll(byOrder(left, right, li, left.size(), ri, right.size()));
        return links;
    }

    /** A sentence with the structure it lies in ("chapter:1/article:2") and whether it opens it. */
    private record Keyed(String key, boolean marked) {}

    private record Run(String key, int start, int end) {}

    private static List<Keyed> keyed(List<Sentence> sentences) {
        List<Keyed> out = new ArrayList<>();
        String outer = "-";
        String inner = "-";
        for (Sentence s : sentences) {
            List<StructureMarker> markers = new ArrayList<>();
            for (String marker : s.markers()) {
                StructureMarker m = StructureMarker.of(marker);
                if (m != null) {
                    markers.add(m);
                }
            }
            if (markers.isEmpty()) {
                StructureMarker m = StructureMarker.of(s.text());
                if (m != null) {
                    markers.add(m);
                }
            }
            for (StructureMarker m : markers) {
                if (m.level() == 1) {
                    outer = m.key();
                    inner = "-";
                } else {
                    inner = m.key();
                }
            }
            out.add(new Keyed(outer + "/" + inner, !markers.isEmpty()));
        }
        return out;
    }

    /** Consecutive sentences under the same key; a new marker of the same key starts a new run. */
    private static List<Run> runs(List<Keyed> keyed) {
        List<Run> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= keyed.size(); i++) {
            if (i == keyed.size() || !keyed.get(i).key.equals(keyed.get(start).key) || keyed.get(i).marked) {
                if (i > start) {
                    runs.add(new Run(keyed.get(start).key, start, i));
                }
                start = i;
            }
        }
        return runs;
    }

    /**
     * The longest common subsequence of the two run keys, as pairs of run positions; taken from the
     * end, so that a key repeated on one side (a table of contents before the chapter) is matched
     * at its last, body, occurrence.
     */
    private static List<int[]> commonRuns(List<Run> a, List<Run> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                lcs[i][j] = a.get(i - 1).key.equals(b.get(j - 1).key)
                        ? lcs[i - 1][j - 1] + 1
                        : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
            }
        }
        List<int[]> out = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            if (a.get(i - 1).key.equals(b.get(j - 1).key)) {
                out.add(0, new int[] {i - 1, j - 1});
                i--;
                j--;
            } else if (lcs[i - 1][j] >= lcs[i][j - 1]) {
                i--;
            } else {
                j--;
            }
        }
        return out;
    }

    /**
     * Links sentences [ls, le) to [rs, re) by order, length and shared concepts: a dynamic programme
     * over 1:1, 1:n and n:1 links (n up to {@link #MAX_GROUP}) that maximises the evidence of the
     * sentences it links, each link weighed by how near it lies to where the part's anchors put it.
     */
    private List<Link> byOrder(List<Sentence> left, List<Sentence> right, int ls, int le, int rs, int re) {
        int n = le - ls;
        int m = re - rs;
        if (n <= 0 || m <= 0) {
            return List.of();
        }
        Diagonal diagonal = Diagonal.of(left, ls, le, right, rs, re, lengthRatio);
        double[][] best = new double[n + 1][m + 1];
        int[][] stepA = new int[n + 1][m + 1];
        int[][] stepB = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                best[i][j] = Double.NEGATIVE_INFINITY;
                if (i > 0 && best[i - 1][j] > best[i][j]) {
                    best[i][j] = best[i - 1][j];
                    stepA[i][j] = 1;
                    stepB[i][j] = 0;
                }
                if (j > 0 && best[i][j - 1] > best[i][j]) {
                    best[i][j] = best[i][j - 1];
                    stepA[i][j] = 0;
                    stepB[i][j] = 1;
                }
                for (int a = 1; a <= Math.min(MAX_GROUP, i); a++) {
                    for (int b = 1; b <= Math.min(MAX_GROUP, j); b++) {
                        if (a > 1 && b > 1) {
                            continue;
                        }
                        double score = score(left, ls + i - a, ls + i, right, rs + j - b, rs + j)
                                * diagonal.nearness(i - a, i, j - b, j);
                        // evidence counts per sentence linked, so that a translator's split sentence
                        // joins its group rather than stay out of a link that would score a little less;
                        // a line too short to be a sentence (a date, "1.") counts for its length only
                        double sentences = diagonal.weight(i - a, i, true) + diagonal.weight(j - b, j, false);
                        double gain = sentences / 2.0 * (score - THRESHOLD) - JOIN_COST * (a + b - 2);
                        if (gain > 0 && best[i - a][j - b] + gain > best[i][j]) {
                            best[i][j] = best[i - a][j - b] + gain;
                            stepA[i][j] = a;
                            stepB[i][j] = b;
                        }
                    }
                }
            }
        }
        List<Link> links = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int a = stepA[i][j];
            int b = stepB[i][j];
            if (a > 0 && b > 0) {
                links.add(
                        0,
                        new Link(
                                range(ls + i - a, ls + i),
                                range(rs + j - b, rs + j),
                                ORDER_AND_CONCEPTS,
                                score(left, ls + i - a, ls + i, right, rs + j - b, rs + j)
                                        * diagonal.nearness(i - a, i, j - b, j)));
            }
            i -= a;
            j -= b;
        }
        return links;
    }

    /**
     * How alike two runs of sentences are, from 0 to 1: their lengths in proportion (a normal
     * distribution of the log ratio, as Gale and Church model it), and the concepts they mention
     * (shared over all; neutral when neither mentions any, low when each mentions others).
     */
    double score(List<Sentence> left, int ls, int le, List<Sentence> right, int rs, int re) {
        Set<String> conceptsLeft = new HashSet<>();
        for (int k = ls; k < le; k++) {
            conceptsLeft.addAll(left.get(k).concepts());
        }
        Set<String> conceptsRight = new HashSet<>();
        for (int k = rs; k < re; k++) {
            conceptsRight.addAll(right.get(k).concepts());
        }
        double logRatio = Math.log((length(left, ls, le) + 1.0) / (lengthRatio * length(right, rs, re) + 1.0));
        double length = Math.exp(-logRatio * logRatio / (2 * LENGTH_SPREAD * LENGTH_SPREAD));
        return 0.5 * length + 0.5 * concepts(conceptsLeft, conceptsRight);
    }

    /** Agreement of two concept sets: 0.5 when neither has any, less when one lacks them, Jaccard when both have some. */
    private static double concepts(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0.5;
        }
        if (a.isEmpty() || b.isEmpty()) {
            // the lexicon finds a concept in one language only as often as the translator drops it
            return 0.35;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) shared.size() / union.size();
    }

    private static int length(List<Sentence> sentences, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n += sentences
                    .get(k)
                    .text()
                    .codePointCount(0, sentences.get(k).text().length());
        }
        return n;
    }

    /**
     * Where a part's sentences should meet: a line through the anchors (sentences of the two sides
     * that share their concepts, each the other's best match, in order), continued beyond the first
     * and last with the languages' length ratio. An excerpt meets the longer text near its anchors,
     * not at the part's start, so lengths alone cannot place its first and last sentences.
     */
    private record Diagonal(double[] leftAt, double[] rightAt, double[] anchorsLeft, double[] anchorsRight) {
        static Diagonal of(List<Sentence> left, int ls, int le, List<Sentence> right, int rs, int re, double ratio) {
            double[] leftAt = offsets(left, ls, le, 1.0);
            double[] rightAt = offsets(right, rs, re, ratio);
            List<int[]> anchors = anchors(left, ls, le, right, rs, re);
            double[] al = new double[anchors.size()];
            double[] ar = new double[anchors.size()];
            for (int k = 0; k < anchors.size(); k++) {
                int i = anchors.get(k)[0];
                int j = anchors.get(k)[1];
                al[k] = (leftAt[i] + leftAt[i + 1]) / 2;
                ar[k] = (rightAt[j] + rightAt[j + 1]) / 2;
            }
            if (anchors.isEmpty()) {
                // no anchor: the two runs are taken to render each other whole, end to end
                al = new double[] {0, leftAt[le - ls]};
                ar = new double[] {0, rightAt[re - rs]};
            }
            return new Diagonal(leftAt, rightAt, al, ar);
        }

        /** Start offsets of the run's sentences (and its end), in left-language characters. */
        private static double[] offsets(List<Sentence> s, int from, int to, double scale) {
            double[] at = new double[to - from + 1];
            for (int k = from; k < to; k++) {
                at[k - from + 1] = at[k - from] + scale * length(s, k, k + 1);
            }
            return at;
        }

        /** Pairs (relative positions) whose concepts agree best with each other, kept in order. */
        private static List<int[]> anchors(List<Sentence> left, int ls, int le, List<Sentence> right, int rs, int re) {
            int n = le - ls;
            int m = re - rs;
            double[][] sim = new double[n][m];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    Set<String> a = left.get(ls + i).concepts();
                    Set<String> b = right.get(rs + j).concepts();
                    sim[i][j] = a.isEmpty() || b.isEmpty() ? 0 : concepts(a, b);
                }
            }
            List<int[]> mutual = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int bj = -1;
                for (int j = 0; j < m; j++) {
                    if (sim[i][j] >= ANCHOR && (bj < 0 || sim[i][j] > sim[i][bj])) {
                        bj = j;
                    }
                }
                if (bj < 0) {
                    continue;
                }
                boolean best = true;
                for (int k = 0; k < n && best; k++) {
                    best = k == i || sim[k][bj] < sim[i][bj];
                }
                if (best) {
                    mutual.add(new int[] {i, bj});
                }
            }
            // the longest run in order on both sides: an anchor out of order is a chance match
            int[] len = new int[mutual.size()];
            int[] prev = new int[mutual.size()];
            int end = -1;
            for (int k = 0; k < mutual.size(); k++) {
                len[k] = 1;
                prev[k] = -1;
                for (int q = 0; q < k; q++) {
                    if (mutual.get(q)[1] < mutual.get(k)[1] && len[q] + 1 > len[k]) {
                        len[k] = len[q] + 1;
                        prev[k] = q;
                    }
                }
                if (end < 0 || len[k] > len[end]) {
                    end = k;
                }
            }
            List<int[]> out = new ArrayList<>();
            for (int k = end; k >= 0; k = prev[k]) {
                out.add(0, mutual.get(k));
            }
            return out;
        }

        /** The sentences of [from, to) of one side, each counted up to one by its length against {@link #SHORT}. */
        double weight(int from, int to, boolean left) {
            double[] at = left ? leftAt : rightAt;
            double w = 0;
            for (int k = from; k < to; k++) {
                w += Math.min(1, (at[k + 1] - at[k]) / SHORT);
            }
            return w;
        }

        /** Where the line puts the right-hand point of a left-hand one. */
        private double expected(double x) {
            int k = anchorsLeft.length;
            if (x <= anchorsLeft[0]) {
                return anchorsRight[0] - (anchorsLeft[0] - x);
            }
            if (x >= anchorsLeft[k - 1]) {
                return anchorsRight[k - 1] + (x - anchorsLeft[k - 1]);
            }
            int q = 1;
            while (anchorsLeft[q] < x) {
                q++;
            }
            double span = anchorsLeft[q] - anchorsLeft[q - 1];
            double t = span == 0 ? 0 : (x - anchorsLeft[q - 1]) / span;
            return anchorsRight[q - 1] + t * (anchorsRight[q] - anchorsRight[q - 1]);
        }

        /**
         * From 0 to 1: how near the link of left sentences [a0, a1) and right [b0, b1) (relative
         * positions) lies to the line, measured against the link's own length.
         */
        double nearness(int a0, int a1, int b0, int b1) {
            double leftMid = (leftAt[a0] + leftAt[a1]) / 2;
            double rightMid = (rightAt[b0] + rightAt[b1]) / 2;
            double size = Math.max(leftAt[a1] - leftAt[a0], rightAt[b1] - rightAt[b0]);
            double off = Math.abs(expected(leftMid) - rightMid) / (size + NEAR);
            return 1 / (1 + off * off);
        }
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            out.add(k);
        }
        return out;
    }
}
