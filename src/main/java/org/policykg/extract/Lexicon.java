package org.policykg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The English and Chinese labels of one SKOS concept scheme (pref, alt and hidden), looked up
 * case-insensitively with typographic quotes folded. {@link #find} returns the longest matches on word
 * boundaries, so "Overall National Security Outlook" wins over "national security" inside it; Chinese
 * writes no word boundaries, so a label in Han characters may start and end at any Han character.
 */
public final class Lexicon {
    private static final Logger log = LoggerFactory.getLogger(Lexicon.class);

    /** A label occurrence in a text. */
    public record Match(String iri, Span span) {}

    /**
     * A trie node. Children sit in two parallel arrays sorted by character: a walk runs once per word
     * start for every scheme, and a boxed {@code Map<Character, Node>} lookup was most of its time.
     */
    private static final class Node {
        private static final char[] NO_KEYS = {};
        private static final Node[] NO_CHILDREN = {};

        char[] keys = NO_KEYS;
        Node[] children = NO_CHILDREN;
        /** For a node of many children (the root above all): its ASCII children by character. */
        Node[] ascii;

        /**
         * For the root: its children by char. It has one for thousands of Han characters, and a search of those
         * on every look-up of a Chinese phrase cost most of the look-up.
         */
        Node[] byChar;

        String iri;
        /** In a {@link Union} trie: the IRI each scheme gives the label ending here, by slot; else null. */
        String[] iris;

        Node child(char c) {
            if (byChar != null) {
                return byChar[c];
            }
            if (ascii != null && c < 128) {
                return ascii[c];
            }
            char[] k = keys;
            if (k.length <= 8) {
                for (int i = 0; i < k.length; i++) {
                    if (k[i] == c) {
                        return children[i];
                    }
                }
                return null;
            }
            int i = Arrays.binarySearch(k, c);
            return i >= 0 ? children[i] : null;
        }

        Node childOrNew(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            Node node = new Node();
            char[] k = new char[keys.length + 1];
            Node[] n = new Node[keys.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(children, 0, n, 0, at);
            k[at] = c;
            n[at] = node;
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(children, at, n, at + 1, keys.length - at);
            keys = k;
            children = n;
            if (k.length > 8) {
                ascii = new Node[128];
                for (int j = 0; j < k.length; j++) {
                    if (k[j] < 128) {
                        ascii[k[j]] = n[j];
                    }
                }
            }
            return node;
        }

        /** Fills {@link #byChar}, once every child is added. */
        void indexByChar() {
            byChar = new Node[Character.MAX_VALUE + 1];
            for (int i = 0; i < keys.length; i++) {
                byChar[keys[i]] = children[i];
            }
        }
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final Node root = new Node();
    private final Map<String, String> byLabel = new HashMap<>();

    /** Loads every concept {@code skos:inScheme} the given scheme. */
    public static Lexicon of(Model model, Resource scheme) {
        Lexicon lexicon = new Lexicon();
        List<Resource> concepts =
                model.listSubjectsWithProperty(SKOS.inScheme, scheme).toList();
        concepts.sort((a, b) -> a.getURI().compareTo(b.getURI())); // deterministic winner on a shared label
        for (Resource concept : concepts) {
            for (var p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                for (Statement st : concept.listProperties(p).toList()) {
                    RDFNode o = st.getObject();
                    if (o.isLiteral() && readLanguage(o.asLiteral().getLanguage())) {
                        lexicon.add(o.asLiteral().getLexicalForm(), concept.getURI());
                    }
                }
            }
        }
        lexicon.root.indexByChar();
        return lexicon;
    }

    /** English and Chinese in Han characters: the languages the rules read (pinyin labels are for people). */
    private static boolean readLanguage(String tag) {
        String t = tag.toLowerCase(java.util.Locale.ROOT);
        return t.startsWith("en") || t.startsWith("zh") && !t.contains("-latn");
    }

    private void add(String label, String iri) {
        String key = normalise(label);
        String previous = byLabel.putIfAbsent(key, iri);
        if (previous != null && !previous.equals(iri)) {
            log.warn("Label '{}' names both {} and {}; keeping the first", label, previous, iri);
            return;
        }
        Node node = root;
        for (int i = 0; i < key.length(); i++) {
            node = node.childOrNew(key.charAt(i));
        }
        node.iri = iri;
    }

    /** Every label, folded and single-spaced as {@link #exact} compares them. */
    java.util.Set<String> labels() {
        return java.util.Collections.unmodifiableSet(byLabel.keySet());
    }

    /** The concept whose label is exactly this phrase (case and quotes folded, spaces collapsed). */
    public Optional<String> exact(String phrase) {
        // the trie walked over the phrase folded char by char, as exact(folded, start, end) walks a folded
        // text: no folded copy, no normalised copy, no hash of it
        int start = 0;
        int end = phrase.length();
        while (start < end && CharTables.isWhitespace(foldChar(phrase.charAt(start)))) {
            start++;
        }
        while (end > start && CharTables.isWhitespace(foldChar(phrase.charAt(end - 1)))) {
            end--;
        }
        Node node = root;
        for (int i = start; i < end && node != null; i++) {
            char c = foldChar(phrase.charAt(i));
            if (isSpace(c)) {
                while (i + 1 < end && isSpace(foldChar(phrase.charAt(i + 1)))) {
                    i++;
                }
                c = ' ';
            }
            node = node.child(c);
        }
        return node == null ? Optional.empty() : Optional.ofNullable(node.iri);
    }

    /**
     * {@code exact(folded.substring(start, end))} for a text already {@link #fold folded}, without cutting
     * the phrase out: the trie walked over the stripped span, each run of {@code \\s} read as one space, as
     * {@link #normalise} makes them (folding a folded text changes nothing).
     */
    Optional<String> exact(String folded, int start, int end) {
        while (start < end && CharTables.isWhitespace(folded.charAt(start))) {
            start++;
        }
        while (end > start && CharTables.isWhitespace(folded.charAt(end - 1))) {
            end--;
        }
        Node node = root;
        for (int i = start; i < end && node != null; i++) {
            char c = folded.charAt(i);
            if (isSpace(c)) {
                while (i + 1 < end && isSpace(folded.charAt(i + 1))) {
                    i++;
                }
                c = ' ';
            }
            node = node.child(c);
        }
        // the trie holds every label under the IRI byLabel keeps for it
        return node == null ? Optional.empty() : Optional.ofNullable(node.iri);
    }

    /**
     * {@code exact(folded.substring(start, end) + tail)} for a text already {@link #fold folded} and a tail cut
     * from it, without joining them: where neither part holds whitespace, the trie walked over both is
     * what the joined phrase would look up.
     */
    Optional<String> exact(String folded, int start, int end, String tail) {
        // the walk meets whitespace before it could differ from the joined phrase's: then that phrase is looked up
        Node node = start < end ? root : null;
        for (int i = start; i < end && node != null; i++) {
            char c = folded.charAt(i);
            if (CharTables.isWhitespace(c)) {
                return exact(folded.substring(start, end) + tail);
            }
            node = node.child(c);
        }
        for (int i = 0; i < tail.length() && node != null; i++) {
            char c = tail.charAt(i);
            if (CharTables.isWhitespace(c)) {
                return exact(folded.substring(start, end) + tail);
            }
            node = node.child(c);
        }
        if (node == null) {
            // no label starts with the chars read, and the joined phrase starts with them (its whitespace, which
            // normalising would change, lies further on)
            return start < end ? Optional.empty() : exact(folded.substring(start, end) + tail);
        }
        return Optional.ofNullable(node.iri);
    }

    /** Folded and stripped, each run of whitespace ({@code \\s+}) made one space. */
    private static String normalise(String phrase) {
        String s = fold(phrase).strip();
        // most phrases are already single-spaced: skip the regular expression for them
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t'
                    || c == '\n'
                    || c == '\u000B'
                    || c == '\f'
                    || c == '\r'
                    || c == ' ' && i + 1 < s.length() && isSpace(s.charAt(i + 1))) {
                return SPACES.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    /** The characters of {@code \\s}: ASCII whitespace. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Leftmost-longest label occurrences inside {@code within}.
     *
     * @param folded the text passed through {@link #fold} (same length as the original)
     */
    public List<Match> find(String folded, Span within) {
        // the longest label at every word start, then the longest first among overlapping ones, so
        // that "the Central Committee National Security Commission" is not cut at "the Central Committee"
        List<Match> longest = new ArrayList<>();
        forEachWordStart(folded, within, i -> {
            Match m = longestAt(folded, i, within.end());
            if (m != null) {
                longest.add(m);
            }
        });
        return leftmostLongest(longest);
    }

    /** Calls {@code action} with every offset in {@code within} where a word starts. */
    private static void forEachWordStart(String folded, Span within, java.util.function.IntConsumer action) {
        boolean afterWordChar = within.start() > 0 && isWordChar(folded.charAt(within.start() - 1));
        for (int i = within.start(); i < within.end(); i++) {
            boolean wordChar = isWordChar(folded.charAt(i));
            boolean wordStart = wordChar && (!afterWordChar || isHan(folded.charAt(i)));
            afterWordChar = wordChar;
            if (wordStart) {
                action.accept(i);
            }
        }
    }

    /** Of the longest match at each word start, the longest first among overlapping ones, in text order. */
    static List<Match> leftmostLongest(List<Match> longest) {
        // most lists hold a label or two, apart and in text order: then they are the answer as they stand
        if (disjointInOrder(longest)) {
            return new ArrayList<>(longest);
        }
        longest.sort((a, b) -> a.span().length() != b.span().length()
                ? b.span().length() - a.span().length()
                : a.span().start() - b.span().start());
        List<Match> out = new ArrayList<>();
        for (Match m : longest) {
            if (out.stream().noneMatch(o -> o.span().overlaps(m.span()))) {
                out.add(m);
            }
        }
        out.sort((a, b) -> a.span().start() - b.span().start());
        return out;
    }

    /** Whether each match is non-empty and starts at or after the end of the one before. */
    private static boolean disjointInOrder(List<Match> matches) {
        int end = Integer.MIN_VALUE;
        for (Match m : matches) {
            if (m.span().length() == 0 || m.span().start() < end) {
                return false;
            }
            end = m.span().end();
        }
        return true;
    }

    /** The longest label starting at {@code i}, a plural "-s" allowed after it, or null. */
    private Match longestAt(String folded, int i, int end) {
        Match best = null;
        Node node = root;
        for (int j = i; j < end && node != null; j++) {
            char c = folded.charAt(j);
            if (isWhitespace(c)) {
                int last = lastOfSpaces(folded, j, end);
                if (betweenHan(folded, i, j, last, end)) {
                    j = last;
                    continue;
                }
                j = last;
                c = ' ';
            }
            node = node.child(c);
            if (node == null || node.iri == null) {
                continue;
            }
            if (endsLabel(folded, j, end)) {
                best = new Match(node.iri, new Span(i, j + 1));
            } else if (folded.charAt(j + 1) == 's' && (j + 2 == end || !isWordChar(folded.charAt(j + 2)))) {
                best = new Match(node.iri, new Span(i, j + 2)); // "anti-organized crime laws"
            }
        }
        return best;
    }

    /**
     * The labels of several lexicons in one trie, each label's IRI kept per lexicon (its slot). The
     * rules look up five schemes in every sentence; walking one trie once per word start and keeping
     * each scheme's matches costs about what one scheme's walk did.
     */
    static final class Union {
        private final List<Lexicon> members;

        Union(List<Lexicon> members) {
            this.members = List.copyOf(members);
            Node root = new Node(); // the builder of the flat trie, dropped once it is laid out
            for (int slot = 0; slot < members.size(); slot++) {
                for (Map.Entry<String, String> label : members.get(slot).byLabel.entrySet()) {
                    Node node = root;
                    String key = label.getKey();
                    for (int i = 0; i < key.length(); i++) {
                        node = node.childOrNew(key.charAt(i));
                    }
                    if (node.iris == null) {
                        node.iris = new String[members.size()];
                    }
                    node.iris[slot] = label.getValue();
                }
            }
            this.flat = new Flat(root);
        }

        /** The trie of every member's labels, laid out flat for the walk. */
        private final Flat flat;

        /** Every scheme's labels in one sentence, found on first use. */
        Hits hits(String folded, Span sentence) {
            return new Hits(this, folded, sentence);
        }
    }

    /**
     * A trie in one int array, nodes laid out depth first: a label's nodes lie next to each other, and each
     * node's header and edges share a cache line or two, so a step of the walk (run at every word start of
     * every sentence) reads one place instead of four arrays (edge bounds, keys, targets, IRIs).
     *
     * <p>A node at offset {@code k} holds {@code [n, label, wide, key0, target0, key1, target1 ...]}: its
     * {@code n} edges sorted by key, the index of the IRIs of the labels ending there in {@link #iris} (or
     * -1), and for a node of more than {@value #NARROW} edges the index of its ASCII table in {@link
     * #wideAscii} (or -1). Targets are offsets of nodes.
     */
    private static final class Flat {
        /** Up to this many edges a node's keys are read in a row; beyond, ASCII by table, the rest by search. */
        private static final int NARROW = 8;

        private static final int HEADER = 3;

        private final int[] data;
        /** The IRIs by slot of the labels ending at a node, by the node's label index. */
        private final String[][] iris;
        /**
         * The root's children by char, -1 where there is none: every char of Chinese text starts a walk,
         * and the root has a child for thousands of Han characters, too many for a search per char.
         */
        private final int[] rootChildren = new int[Character.MAX_VALUE + 1];
        /** For a wide node (after "the ", "national " and the like): its children by ASCII char, -1 where none. */
        private final int[][] wideAscii;

        Flat(Node root) {
            List<Node> order = new ArrayList<>();
            number(root, order);
            Map<Node, Integer> offsets = new java.util.IdentityHashMap<>();
            int size = 0;
            int labels = 0;
            int wide = 0;
            for (Node n : order) {
                offsets.put(n, size);
                size += HEADER + 2 * n.keys.length;
                labels += n.iris != null ? 1 : 0;
                wide += n.keys.length > NARROW ? 1 : 0;
            }
            data = new int[size];
            iris = new String[labels][];
            wideAscii = new int[wide][];
            int label = 0;
            int table = 0;
            for (Node n : order) {
                int k = offsets.get(n);
                data[k] = n.keys.length;
                data[k + 1] = n.iris != null ? label : -1;
                if (n.iris != null) {
                    iris[label++] = n.iris;
                }
                data[k + 2] = -1;
                for (int c = 0; c < n.keys.length; c++) {
                    data[k + HEADER + 2 * c] = n.keys[c];
                    data[k + HEADER + 2 * c + 1] = offsets.get(n.children[c]);
                }
                if (n.keys.length > NARROW && k != 0) {
                    int[] ascii = new int[128];
                    Arrays.fill(ascii, -1);
                    for (int c = 0; c < n.keys.length; c++) {
                        if (n.keys[c] < 128) {
                            ascii[n.keys[c]] = offsets.get(n.children[c]);
                        }
                    }
                    data[k + 2] = table;
                    wideAscii[table++] = ascii;
                }
            }
            Arrays.fill(rootChildren, -1);
            for (int c = 0; c < root.keys.length; c++) {
                rootChildren[root.keys[c]] = offsets.get(root.children[c]);
            }
        }

        private static void number(Node root, List<Node> order) {
            // an explicit stack: a long label would make a deep recursion
            java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
            stack.push(root);
            while (!stack.isEmpty()) {
                Node n = stack.pop();
                order.add(n);
                for (int c = n.children.length - 1; c >= 0; c--) {
                    stack.push(n.children[c]);
                }
            }
        }

        /** The child of node {@code k} by {@code c}, or -1. */
        int child(int k, char c) {
            if (k == 0) {
                return rootChildren[c];
            }
            int[] d = data;
            int n = d[k];
            int from = k + HEADER;
            if (n <= NARROW) {
                for (int e = from, to = from + 2 * n; e < to; e += 2) {
                    if (d[e] == c) {
                        return d[e + 1];
                    }
                }
                return -1;
            }
            if (c < 128) {
                return wideAscii[d[k + 2]][c];
            }
            int lo = 0;
            int hi = n - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int key = d[from + 2 * mid];
                if (key < c) {
                    lo = mid + 1;
                } else if (key > c) {
                    hi = mid - 1;
                } else {
                    return d[from + 2 * mid + 1];
                }
            }
            return -1;
        }

        /** The IRIs by slot of the labels ending at node {@code k}, or null. */
        String[] iris(int k) {
            int label = data[k + 1];
            return label < 0 ? null : iris[label];
        }
    }

    /**
     * The label occurrences of a {@link Union}'s schemes in one sentence: at every word start, each
     * label that ends on a word boundary (or the sentence's end), as {@link #longestAt} accepts them.
     * {@link #find} then answers for any span of the sentence what {@link Lexicon#find} would.
     */
    static final class Hits {
        private final Union union;
        private final String folded;
        private final Span sentence;
        /** Per slot: start, end pairs in walk order (by start, then end), and the IRI of each. */
        private int[][] bounds;

        private String[][] iris;
        private int[] counts;

        private Hits(Union union, String folded, Span sentence) {
            this.union = union;
            this.folded = folded;
            this.sentence = sentence;
        }

        /** What {@code lexicon.find(folded, within)} returns, from the one walk of the sentence. */
        List<Match> find(Lexicon lexicon, String text, Span within) {
            int slot = union.members.indexOf(lexicon);
            int end = within.end();
            // a span cut inside a word lets a label end there: only a walk bounded by it sees that
            boolean cutInWord = end < sentence.end() && isWordChar(folded.charAt(end));
            if (slot < 0 || text != folded || within.start() < sentence.start() || end > sentence.end() || cutInWord) {
                return lexicon.find(text, within);
            }
            if (bounds == null) {
                walk();
            }
            int[] b = bounds[slot];
            String[] in = iris[slot];
            List<Match> longest = new ArrayList<>();
            int lastStart = -1;
            for (int h = 0; h < counts[slot]; h++) {
                int s = b[2 * h];
                int e = b[2 * h + 1];
                if (s < within.start() || s >= end || e > end) {
                    continue;
                }
                Match m = new Match(in[h], new Span(s, e));
                if (s == lastStart) {
                    longest.set(longest.size() - 1, m); // a longer label from the same start
                } else {
                    longest.add(m);
                    lastStart = s;
                }
            }
            return leftmostLongest(longest);
        }

        private void walk() {
            int slots = union.members.size();
            bounds = new int[slots][16];
            iris = new String[slots][8];
            counts = new int[slots];
            int end = sentence.end();
            Flat trie = union.flat;
            forEachWordStart(folded, sentence, i -> {
                int node = 0;
                for (int j = i; j < end; j++) {
                    char c = folded.charAt(j);
                    if (isWhitespace(c)) {
                        int last = lastOfSpaces(folded, j, end);
                        if (betweenHan(folded, i, j, last, end)) {
                            j = last;
                            continue;
                        }
                        j = last;
                        c = ' ';
                    }
                    node = trie.child(node, c);
                    if (node < 0) {
                        break;
                    }
                    String[] found = trie.iris(node);
                    if (found == null) {
                        continue;
                    }
                    int stop;
                    if (endsLabel(folded, j, end)) {
                        stop = j + 1;
                    } else if (folded.charAt(j + 1) == 's' && (j + 2 == end || !isWordChar(folded.charAt(j + 2)))) {
                        stop = j + 2; // the plural, as longestAt takes it
                    } else {
                        continue;
                    }
                    for (int slot = 0; slot < slots; slot++) {
                        if (found[slot] != null) {
                            add(slot, i, stop, found[slot]);
                        }
                    }
                }
            });
        }

        private void add(int slot, int start, int end, String iri) {
            int n = counts[slot];
            if (2 * n + 2 > bounds[slot].length) {
                bounds[slot] = Arrays.copyOf(bounds[slot], bounds[slot].length * 2);
            }
            if (n + 1 > iris[slot].length) {
                iris[slot] = Arrays.copyOf(iris[slot], iris[slot].length * 2);
            }
            bounds[slot][2 * n] = start;
            bounds[slot][2 * n + 1] = end;
            iris[slot][n] = iri;
            counts[slot] = n + 1;
        }
    }

    /**
     * The last of the whitespace run that starts at {@code j}: a label's space matches a whole run, as the
     * reading copy leaves several where it joins a wrapped line or blanks page furniture.
     */
    private static int lastOfSpaces(String folded, int j, int end) {
        while (j + 1 < end && isWhitespace(folded.charAt(j + 1))) {
            j++;
        }
        return j;
    }

    /** Whether a whitespace run lies between two Han characters, where it is a joined line break, not a space. */
    private static boolean betweenHan(String folded, int start, int first, int last, int end) {
        return first > start && last + 1 < end && isHan(folded.charAt(first - 1)) && isHan(folded.charAt(last + 1));
    }

    /** Whether a label may end after {@code j}: at a word boundary, or anywhere after a Han character. */
    private static boolean endsLabel(String folded, int j, int end) {
        return j + 1 == end || !isWordChar(folded.charAt(j + 1)) || isHan(folded.charAt(j));
    }

    static boolean isHan(char c) {
        return HAN.contains(c);
    }

    /**
     * The chars whose script is Han, one bit each: {@code UnicodeScript.of} searches a table of ranges, and
     * Chinese text asks about every char it holds.
     */
    private static final CharSet HAN =
            CharSet.matching(c -> c >= '\u2E80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);

    static boolean isWordChar(char c) {
        if (c < 128) {
            // the ASCII letters and digits, as Character.isLetterOrDigit has them, without its table lookup
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return CharTables.isLetterOrDigit(c);
    }

    private static boolean isWhitespace(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return CharTables.isWhitespace(c);
    }

    /**
     * Lower case, typographic quotes and dashes made plain, full-width letters and digits made ASCII,
     * Traditional characters made Simplified ({@link SimplifiedChars}); one char in, one char out, so
     * offsets into the folded text are offsets into the raw text.
     */
    public static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            out[i] = foldChar(s.charAt(i));
        }
        return new String(out);
    }

    /** One char as {@link #fold} folds it. */
    static char foldChar(char c) {
        if (c < 128) {
            // the common case, as Character.toLowerCase has it, before the switch's search of its cases
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (SimplifiedChars.covers(c)) {
            return SimplifiedChars.of(c); // Chinese text: no case of the switch lies in the table's range
        }
        return switch (c) {
            case '\u2018', '\u2019', '\u02BC', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012' -> '-';
            // the no-break and typographic spaces (en, em, thin ...) that copies of official pages keep
            case '\u00A0',
                    '\u2000',
                    '\u2001',
                    '\u2002',
                    '\u2003',
                    '\u2004',
                    '\u2005',
                    '\u2006',
                    '\u2007',
                    '\u2008',
                    '\u2009',
                    '\u200A',
                    '\u202F',
                    '\u205F' -> ' ';
            default ->
                c >= '\uFF10' && c <= '\uFF5A' && Character.isLetterOrDigit(c)
                        ? Character.toLowerCase((char) (c - '\uFF10' + '0'))
                        : Character.isSurrogate(c) ? c : Character.toLowerCase(c);
        };
    }
}
