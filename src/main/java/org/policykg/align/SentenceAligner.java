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
    private static final double JOIN_COST = 0.03;

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

    /** Links sentences [ls, le) to [rs, re) by order, length and shared concepts. */
    private List<Link> byOrder(List<Sentence> left, List<Sentence> right, int ls, int le, int rs, int re) {
        int n = le - ls;
        int m = re - rs;
        if (n <= 0 || m <= 0) {
            return List.of();
        }
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
                        double gain = score(left, ls + i - a, ls + i, right, rs + j - b, rs + j)
                                - THRESHOLD
                                - JOIN_COST * (a + b - 2);
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
                                score(left, ls + i - a, ls + i, right, rs + j - b, rs + j)));
            }
            i -= a;
            j -= b;
        }
        return links;
    }

    /** How alike two runs of sentences are: length in proportion, and the concepts both mention. */
    double score(List<Sentence> left, int ls, int le, List<Sentence> right, int rs, int re) {
        int lengthLeft = 0;
        Set<String> conceptsLeft = new HashSet<>();
        for (int k = ls; k < le; k++) {
            lengthLeft +=
                    left.get(k).text().codePointCount(0, left.get(k).text().length());
            conceptsLeft.addAll(left.get(k).concepts());
        }
        int lengthRight = 0;
        Set<String> conceptsRight = new HashSet<>();
        for (int k = rs; k < re; k++) {
            lengthRight +=
                    right.get(k).text().codePointCount(0, right.get(k).text().length());
            conceptsRight.addAll(right.get(k).concepts());
        }
        double length = Math.exp(-Math.abs(Math.log((lengthLeft + 1.0) / (lengthRatio * lengthRight + 1.0))));
        Set<String> union = new HashSet<>(conceptsLeft);
        union.addAll(conceptsRight);
        if (union.isEmpty()) {
            return 0.6 * length;
        }
        Set<String> shared = new HashSet<>(conceptsLeft);
        shared.retainAll(conceptsRight);
        return 0.4 * length + 0.6 * shared.size() / union.size();
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            out.add(k);
        }
        return out;
    }
}
