package com.claimboard.article.extraction;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds the element that holds a page's article. Paragraph-like elements earn points for their length and
 * commas, passed up to their parent and (less) to further ancestors; class and id names that look like
 * content or like boilerplate move a container's score up or down; link-heavy containers lose. The best
 * container, with its siblings that look like more of the same article, is cleaned of the leftovers by
 * {@link ContainerCleaner} and returned. When that leaves too little text the search runs again, less strict.
 * Beyond Readability.js (decision 0025): the page's frame stays whatever its name, wrappers are worth what they
 * wrap, posts built alike join the chosen one, and a {@code <noscript>} holding paragraphs is read.
 */
final class ContentFinder {

    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header"
                    + "|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor"
                    + "|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter"
                    + "|subscribe|paywall|outbrain|taboola",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE_CONTENT =
            Pattern.compile("and|article|body|column|content|main|mathjax|shadow", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|chapter",
            Pattern.CASE_INSENSITIVE);
    /** Names of boilerplate; "hidden" not after "label-": a field whose label is hidden is itself shown. */
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|(?<!label-)hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead"
                    + "|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping"
                    + "|tags|widget|byline|author-bio|newsletter|cookie|taboola",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> UNWANTED_ROLES =
            Set.of("menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog");
    private static final Set<String> SCORED = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Set<String> BLOCK_CHILDREN = Set.of(
            "a",
            "blockquote",
            "dl",
            "div",
            "img",
            "ol",
            "p",
            "pre",
            "table",
            "ul",
            "section",
            "article",
            "figure",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "footer",
            "aside",
            "nav",
            "form",
            "iframe",
            "video");
    private static final Set<String> PHRASING = Set.of(
            "abbr",
            "audio",
            "b",
            "bdo",
            "br",
            "button",
            "cite",
            "code",
            "data",
            "datalist",
            "dfn",
            "em",
            "embed",
            "i",
            "img",
            "input",
            "kbd",
            "label",
            "mark",
            "math",
            "meter",
            "noscript",
            "object",
            "output",
            "progress",
            "q",
            "ruby",
            "samp",
            "script",
            "select",
            "small",
            "span",
            "strong",
            "sub",
            "sup",
            "textarea",
            "time",
            "var",
            "wbr",
            "a",
            "del",
            "ins",
            "font",
            "u",
            "s",
            "strike",
            "tt",
            "big");
    private static final Evaluator LINKS = QueryParser.parse("a");
    private static final Evaluator FRAMED = QueryParser.parse("h1, main, article, [role=main]");
    private static final Evaluator PAGE_PARTS = QueryParser.parse("main, article, [role=main]");

    private static final int ENOUGH_TEXT = 500;
    /** An element holding this share of the page's text and its title or main part is the page's frame. */
    private static final double WRAPPER_SHARE = 0.5;

    private static final int MAX_ELEMENTS = 200_000;
    /** A {@code <noscript>} with paragraphs and this much text holds the page's text, not a tracking pixel. */
    private static final int NOSCRIPT_ARTICLE = 300;

    /** Which rules a pass applies; later passes drop them one by one. */
    private record Pass(boolean stripUnlikely, boolean weighClasses, boolean cleanConditionally) {}

    private static final List<Pass> PASSES = List.of(
            new Pass(true, true, true),
            new Pass(false, true, true),
            new Pass(false, false, true),
            new Pass(false, false, false));

    private ContentFinder() {}

    /**
     * The article's element (a fresh container), or null when the page has no body. The first pass works on
     * {@code doc} itself, consuming it; a later, less strict pass (needed only for pages with little text)
     * works on a fresh parse from {@code reparse}.
     */
    static Element find(Document doc, Supplier<Document> reparse, String title) {
        Element best = null;
        int bestLength = -1;
        for (Pass pass : PASSES) {
            Element article = grab(pass == PASSES.getFirst() ? doc : reparse.get(), pass, title);
            if (article == null) {
                continue;
            }
            int length = article.text().length();
            if (length >= ENOUGH_TEXT) {
                return article;
            }
            if (length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        return best;
    }

    private static Element grab(Document doc, Pass pass, String title) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        removeNoise(doc);
        Facts facts = Facts.of(body, BLOCK_CHILDREN);
        // In the order elements were first scored, so that equal scores are always broken the same way (by the
        // page's order): an identity map's order changes from one run to the next, and so did some pages' article.
        Map<Element, Double> scores = new LinkedHashMap<>();
        List<Element> toScore = new ArrayList<>();
        List<Element> unwanted = new ArrayList<>();
        int[] seen = {0};
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (!(node instanceof Element element) || element == body) {
                            return FilterResult.CONTINUE;
                        }
                        if (++seen[0] > MAX_ELEMENTS) {
                            return FilterResult.STOP; // a pathological page: score what we have seen
                        }
                        if (visit(element, pass, toScore, facts)) {
                            return FilterResult.CONTINUE;
                        }
                        unwanted.add(element); // taken out below, all at once
                        return FilterResult.SKIP_ENTIRELY;
                    }
                },
                body);
        Removal.removeAll(unwanted);

        for (Element element : toScore) {
            if (element.parent() == null) {
                continue;
            }
            String text = element.text();
            if (text.length() < 25) {
                continue;
            }
            double points = 1 + commas(text) + Math.min(Math.floor(text.length() / 100.0), 3);
            int level = 0;
            for (Element ancestor = element.parent();
                    ancestor != null && level < 5;
                    ancestor = ancestor.parent(), level++) {
                if (ancestor.normalName().equals("#root") || ancestor.parent() == null) {
                    break;
                }
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initialScore(ancestor, pass));
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, points / divider, Double::sum);
            }
        }

        List<Element> candidates = new ArrayList<>(scores.keySet());
        Map<Element, int[]> lengths = textAndLinkLengths(body);
        for (Element candidate : candidates) {
            int[] length = lengths.getOrDefault(candidate, new int[2]);
            double density = length[0] == 0 ? 0 : Math.min(1, length[1] / (double) length[0]);
            scores.put(candidate, scores.get(candidate) * (1 - density));
        }
        candidates.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));

        Element top = candidates.isEmpty() ? null : candidates.getFirst();
        if (top == null || top == body) {
            Element all = new Element("div");
            List<Node> children = new ArrayList<>(body.childNodes());
            body.empty();
            all.appendChildren(children);
            ContainerCleaner.clean(all, scores, pass.weighClasses(), pass.cleanConditionally(), title);
            return all;
        }
        top = climb(top, candidates, scores, body);

        Element article = new Element("div");
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        Element parent = top.parent();
        List<Element> siblings = parent == null ? List.of(top) : new ArrayList<>(parent.children());
        List<Element> gathered = new ArrayList<>();
        for (Element sibling : siblings) {
            boolean append = sibling == top;
            if (!append) {
                double bonus = 0;
                if (!top.className().isEmpty() && sibling.className().equals(top.className())) {
                    bonus = topScore * 0.2;
                }
                if (scores.containsKey(sibling) && wrappedScore(sibling, scores) + bonus >= threshold) {
                    append = true;
                } else if (isRepeat(sibling, top) && bestWithin(sibling, scores) + bonus >= threshold) {
                    append = true;
                } else if (sibling.normalName().equals("p")) {
                    double density = linkDensity(sibling);
                    String text = sibling.text();
                    if (text.length() > 80 && density < 0.25) {
                        append = true;
                    } else if (text.length() < 80
                            && !text.isEmpty()
                            && density == 0
                            && Pattern.compile("\\.( |$)").matcher(text).find()) {
                        append = true;
                    }
                }
            }
            if (append) {
                gathered.add(sibling);
            }
        }
        Removal.moveAll(gathered, article);
        ContainerCleaner.keepOneStory(article, title);
        ContainerCleaner.clean(article, scores, pass.weighClasses(), pass.cleanConditionally(), title);
        return article;
    }

    /**
     * Whether an element is the frame of the page, whatever its name says ("above-footer", "header-wrap"): it
     * holds most of the page's text and the page's title or main part.
     */
    private static boolean isFrame(Element element, Facts facts) {
        return facts.textShare(element) >= WRAPPER_SHARE && element.selectFirst(FRAMED) != null;
    }

    /** Decides whether an element stays; prepares the ones that stay for scoring. */
    private static boolean visit(Element element, Pass pass, List<Element> toScore, Facts facts) {
        String tag = element.normalName();
        String match = element.className() + " " + element.id();
        if (!isVisible(element) || UNWANTED_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (pass.stripUnlikely()
                && !tag.equals("a")
                && !tag.equals("article")
                && !tag.equals("main")
                && UNLIKELY.matcher(match).find()
                && !MAYBE_CONTENT.matcher(match).find()
                && !isFrame(element, facts)
                && !hasAncestor(element, "table")
                && !hasAncestor(element, "code")) {
            return false;
        }
        if ((tag.equals("div") || tag.equals("section") || tag.equals("header"))
                && !facts.hasText(element)
                && !facts.hasMedia(element)) {
            return false;
        }
        if (SCORED.contains(tag)) {
            toScore.add(element);
        }
        if (tag.equals("div")) {
            if (!facts.hasBlockDescendant(element)) {
                element.tagName("p");
                toScore.add(element);
            } else {
                wrapLooseText(element, toScore, facts);
            }
        }
        return true;
    }

    /**
     * Moves from the best-scoring element to the container of the whole article: up to an ancestor shared by
     * several near-best candidates, up while the parent scores higher, and up through wrappers of one child.
     */
    private static Element climb(Element top, List<Element> candidates, Map<Element, Double> scores, Element body) {
        double topScore = scores.get(top);
        List<Element> close = new ArrayList<>();
        for (Element candidate : candidates.subList(1, Math.min(candidates.size(), 5))) {
            if (scores.get(candidate) / topScore >= 0.75) {
                close.add(candidate);
            }
        }
        if (close.size() >= 3) {
            for (Element ancestor = top.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
                int containing = 0;
                for (Element candidate : close) {
                    if (isAncestor(ancestor, candidate)) {
                        containing++;
                    }
                }
                if (containing >= 3) {
                    top = ancestor;
                    break;
                }
            }
        }
        scores.putIfAbsent(top, 0.0);
        double last = scores.get(top);
        double floor = last / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                continue;
            }
            if (parentScore < floor) {
                break;
            }
            if (parentScore > last) {
                top = parent;
                break;
            }
            last = parentScore;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /**
     * An element's score, or the best score among the elements it merely wraps (each the only child of the one
     * above): a wrapper is worth what it wraps, whether it was climbed to or is a sibling of the one climbed to.
     */
    private static double wrappedScore(Element element, Map<Element, Double> scores) {
        double best = scores.getOrDefault(element, 0.0);
        for (Element inner = element; inner.childrenSize() == 1; ) {
            inner = inner.child(0);
            best = Math.max(best, scores.getOrDefault(inner, 0.0));
        }
        return best;
    }

    /** A sibling built like the chosen element: the next post of a thread, the next part of a body. */
    private static boolean isRepeat(Element sibling, Element top) {
        return !top.className().isEmpty()
                && sibling.normalName().equals(top.normalName())
                && sibling.className().equals(top.className());
    }

    /** The best score of an element or of anything inside it. */
    private static double bestWithin(Element element, Map<Element, Double> scores) {
        double best = scores.getOrDefault(element, 0.0);
        for (Element inner : element.getAllElements()) {
            best = Math.max(best, scores.getOrDefault(inner, 0.0));
        }
        return best;
    }

    /** Removes what is never article text, whatever its score. */
    private static void removeNoise(Document doc) {
        for (Element noscript : doc.select("noscript")) {
            // What a reader without scripts sees: on some blogs the whole post, written out by a script otherwise.
            if (noscript.text().length() >= NOSCRIPT_ARTICLE && noscript.selectFirst("p") != null) {
                noscript.unwrap();
            }
        }
        Removal.removeAll(
                doc.select("script, style, noscript, template, link, meta, rt, rp, iframe, object, embed, svg,"
                        + " canvas, button, input, select, textarea, nav, aside, dialog, [hidden],"
                        + " [aria-hidden=true]:not(math *)"));
        List<Element> forms = new ArrayList<>();
        for (Element form : doc.select("form")) {
            // A form around the page's main part is the page's frame (as ASP.NET builds them), not a form.
            if (form.select("p").size() < 3 && form.selectFirst(PAGE_PARTS) == null) {
                forms.add(form);
            }
        }
        Removal.removeAll(forms);
    }

    private static double initialScore(Element element, Pass pass) {
        double score = switch (element.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + (pass.weighClasses() ? classWeight(element) : 0);
    }

    static double classWeight(Element element) {
        double weight = 0;
        for (String name : new String[] {element.className(), element.id()}) {
            if (name.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(name).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(name).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    /**
     * Every element's text length and linked-text length, in one pass from the leaves up (the same measure
     * as {@link #linkDensity}, without white-space normalisation), so candidates are not measured one by one.
     */
    private static Map<Element, int[]> textAndLinkLengths(Element root) {
        Map<Element, int[]> lengths = new IdentityHashMap<>();
        NodeTraversor.traverse(
                new org.jsoup.select.NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {}

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof TextNode text && text.parent() instanceof Element parent) {
                            int length = text.text().strip().length();
                            lengths.computeIfAbsent(parent, e -> new int[2])[0] += length;
                        } else if (node instanceof Element element && element.parent() != null) {
                            int[] own = lengths.computeIfAbsent(element, e -> new int[2]);
                            if (element.normalName().equals("a")) {
                                own[1] = (int) (own[0] * (element.attr("href").startsWith("#") ? 0.3 : 1));
                            }
                            int[] parent = lengths.computeIfAbsent(element.parent(), e -> new int[2]);
                            parent[0] += own[0];
                            parent[1] += own[1];
                        }
                    }
                },
                root);
        return lengths;
    }

    /** The share of an element's text that sits in links (links to the same page count for less). */
    static double linkDensity(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 0;
        }
        double linked = 0;
        for (Element link : element.select(LINKS)) {
            String href = link.attr("href");
            double coefficient = href.startsWith("#") ? 0.3 : 1;
            linked += link.text().length() * coefficient;
        }
        return Math.min(1, linked / length);
    }

    /**
     * Text runs directly inside a block container become paragraphs of their own, so they can be scored. The
     * container's children are rebuilt once rather than moved one by one.
     */
    private static void wrapLooseText(Element div, List<Element> toScore, Facts facts) {
        List<Node> children = new ArrayList<>(div.childNodes());
        List<Node> rebuilt = new ArrayList<>(children.size());
        Map<Element, List<Node>> wrapped = new IdentityHashMap<>();
        List<Node> pending = null;
        boolean changed = false;
        for (Node child : children) {
            boolean phrasing = child instanceof TextNode
                    || (child instanceof Element e
                            && PHRASING.contains(e.normalName())
                            && !facts.hasBlockDescendant(e));
            if (phrasing) {
                if (pending == null) {
                    if (child instanceof TextNode text && text.isBlank()) {
                        rebuilt.add(child);
                        continue;
                    }
                    Element paragraph = new Element("p");
                    pending = new ArrayList<>();
                    wrapped.put(paragraph, pending);
                    rebuilt.add(paragraph);
                    toScore.add(paragraph);
                    changed = true;
                }
                pending.add(child);
            } else {
                rebuilt.add(child);
                pending = null;
            }
        }
        if (!changed) {
            return;
        }
        div.empty();
        wrapped.forEach(Element::appendChildren);
        div.appendChildren(rebuilt);
    }

    private static boolean isVisible(Element element) {
        String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return !style.contains("display:none") && !style.contains("visibility:hidden") && !element.hasAttr("hidden");
    }

    static boolean hasAncestor(Element element, String tag) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    static boolean isAncestor(Element ancestor, Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }

    static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                continue; // " , " between the items of a list, not a clause of prose
            }
            if (c == ',' || c == '،' || c == '﹐' || c == '︐' || c == '︑' || c == '⹀' || c == '⸴' || c == '⸲'
                    || c == '，') {
                count++;
            }
        }
        return count;
    }
}
