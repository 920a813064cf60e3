package com.claimboard.article.extraction;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Cleans the container {@link ContentFinder} chose: of several stories loaded one below the other only the page's
 * own is kept; share bars, the author's box, a heading that is the page's title, and blocks that look like
 * clutter (link lists, forms, galleries, tables of layout) go; empty paragraphs go; a recipe's ingredients stay
 * however list-like they look (decisions 0003, 0025).
 */
final class ContainerCleaner {

    private static final Pattern SHARE = Pattern.compile("(\\b|_)(share|sharedaddy)(\\b|_)", Pattern.CASE_INSENSITIVE);

    /** The box about the writer at a post's end, as blog themes and their plug-ins name it. */
    private static final Pattern AUTHOR_BOX = Pattern.compile(
            "(\\b|_)(author[-_]?(bio|box|info|text|description|card|details|about)|about[-_](the[-_])?author"
                    + "|saboxplugin-wrap|bio[-_]?box)(\\b|_)",
            Pattern.CASE_INSENSITIVE);

    private static final Evaluator INGREDIENT_MARK = QueryParser.parse(
            "[itemprop=recipeIngredient], [itemprop=ingredients], [class*=ingredient], [class*=Ingredient]");

    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[|\\-–—»·/]\\s+");

    private static final Evaluator STORY = QueryParser.parse("article");

    private static final Evaluator SHOWN_IN_A_PARAGRAPH =
            QueryParser.parse("img, picture, video, iframe, object, embed, math");

    /** What a container holds, counted in one walk instead of one query per kind. */
    private record Contents(int paragraphs, int images, int items, int inputs, int headings, boolean math) {

        static Contents of(Element root) {
            int[] counts = new int[6];
            NodeTraversor.traverse(
                    (node, depth) -> {
                        if (node instanceof Element element) {
                            switch (element.normalName()) {
                                case "p" -> counts[0]++;
                                case "img" -> counts[1]++;
                                case "li" -> counts[2]++;
                                case "input" -> counts[3]++;
                                case "h1", "h2", "h3", "h4", "h5", "h6" -> counts[4]++;
                                case "math" -> counts[5]++;
                                default -> {}
                            }
                        }
                    },
                    root);
            return new Contents(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5] > 0);
        }
    }

    private ContainerCleaner() {}

    /**
     * A page that loads the next stories below the first (each an {@code <article>} with its own {@code <h1>})
     * is one story: the one whose headline is the page's title, else the first; the others go.
     */
    static void keepOneStory(Element article, String title) {
        List<Element> stories = new ArrayList<>();
        List<Element> headlines = new ArrayList<>();
        for (Element candidate : article.select(STORY)) {
            Element headline = candidate.selectFirst("h1");
            if (headline != null && (stories.isEmpty() || !ContentFinder.isAncestor(stories.getLast(), candidate))) {
                stories.add(candidate);
                headlines.add(headline);
            }
        }
        if (stories.size() < 2) {
            return;
        }
        Element kept = stories.getFirst();
        for (int i = 0; title != null && i < stories.size(); i++) {
            if (isTitle(headlines.get(i).text(), title)) {
                kept = stories.get(i);
                break;
            }
        }
        List<Element> others = new ArrayList<>(stories);
        others.remove(kept);
        Removal.removeAll(others);
    }

    /**
     * Cleans the chosen article of leftovers: share bars, the author's box, the title's heading, then (when
     * {@code conditionally}) link lists, forms, image galleries and layout tables, judged innermost first, with
     * class names weighed when {@code weighClasses}; never a recipe's ingredients. Empty paragraphs go last.
     */
    static void clean(
            Element article, Map<Element, Double> scores, boolean weighClasses, boolean conditionally, String title) {
        List<Element> shareBars = new ArrayList<>();
        for (Element element : article.select("*")) {
            String names = element.className() + " " + element.id();
            if ((SHARE.matcher(names).find() && element.text().length() < 500)
                    || (AUTHOR_BOX.matcher(names).find() && element.text().length() < 1000)) {
                shareBars.add(element);
            }
        }
        Removal.removeAll(shareBars);
        if (weighClasses) {
            List<Element> headings = new ArrayList<>();
            for (Element heading : article.select("h1, h2")) {
                if (ContentFinder.classWeight(heading) < 0) {
                    headings.add(heading);
                }
            }
            Removal.removeAll(headings);
        }
        if (title != null) {
            Element first = article.selectFirst("h1, h2");
            if (first != null && isTitle(first.text(), title)) {
                first.remove(); // one element: removing it alone costs its siblings once
            }
        }
        if (conditionally) {
            Set<Element> recipe = withIngredients(article);
            PendingRemovals clutter = new PendingRemovals(article);
            for (String tag : List.of("form", "fieldset", "table", "ul", "ol", "div", "section")) {
                List<Element> found = new ArrayList<>(article.select(tag));
                java.util.Collections.reverse(found); // innermost first: a container is judged without its clutter
                for (Element element : found) {
                    clutter.takeOutFrom(element);
                    if (element.parent() != null
                            && !recipe.contains(element)
                            && isClutter(element, scores, weighClasses)) {
                        clutter.add(element);
                    }
                }
                clutter.takeOutAll();
            }
        }
        List<Element> empty = new ArrayList<>();
        for (Element p : article.select("p")) {
            if (p.text().isBlank() && p.select(SHOWN_IN_A_PARAGRAPH).isEmpty()) {
                empty.add(p);
            }
        }
        Removal.removeAll(empty);
    }

    private static boolean isClutter(Element element, Map<Element, Double> scores, boolean weighClasses) {
        if (element.normalName().equals("table") && isDataTable(element)) {
            return false;
        }
        if (ContentFinder.hasAncestor(element, "code") || ContentFinder.hasAncestor(element, "pre")) {
            return false;
        }
        double weight = weighClasses ? ContentFinder.classWeight(element) : 0;
        if (weight + scores.getOrDefault(element, 0.0) < 0) {
            return true;
        }
        String text = element.text();
        if (ContentFinder.commas(text) >= 10) {
            return false;
        }
        Contents contents = Contents.of(element);
        int paragraphs = contents.paragraphs();
        int images = contents.images();
        int items = contents.items() - 100;
        int inputs = contents.inputs();
        int headings = contents.headings();
        double density = ContentFinder.linkDensity(element);
        int length = text.length();
        boolean isList =
                element.normalName().equals("ul") || element.normalName().equals("ol");
        if (!isList
                && images > 1
                && paragraphs / (double) images < 0.5
                && !ContentFinder.hasAncestor(element, "figure")) {
            return true;
        }
        if (!isList && items > paragraphs) {
            return true;
        }
        if (inputs > Math.floor(paragraphs / 3.0)) {
            return true;
        }
        if (!isList && headings > 0 && length < 25 && (images == 0 || images > 2) && paragraphs == 0) {
            return false;
        }
        if (!isList && length < 25 && (images == 0 || images > 2) && contents.math()) {
            return false;
        }
        if (!isList && length < 25 && (images == 0 || images > 2)) {
            return true;
        }
        if (weight < 25 && density > 0.2) {
            return true;
        }
        return weight >= 25 && density > 0.5;
    }

    /**
     * The elements that hold a recipe's ingredients (as schema.org's microdata and recipe plug-ins mark them), with
     * their ancestors up to the article: a list of what goes in is the article's own, however list-like it looks.
     * Found in one search, so that judging each block costs a look-up.
     */
    private static Set<Element> withIngredients(Element article) {
        Set<Element> holders = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element marked : article.select(INGREDIENT_MARK)) {
            Element holder = marked;
            while (holder != null && holder != article && holders.add(holder)) { // stops at one already counted
                holder = holder.parent();
            }
        }
        return holders;
    }

    private static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (!table.attr("summary").isEmpty() || table.selectFirst("caption, thead, tfoot, colgroup, col, th") != null) {
            return true;
        }
        if (table.selectFirst("table") != null) {
            return false;
        }
        int rows = table.select("tr").size();
        int columns = 0;
        for (Element row : table.select("tr")) {
            columns = Math.max(columns, row.select("td").size());
        }
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }

    /**
     * Whether a heading is the page's title: like the whole title, or like its longest part when the title joins
     * parts with a separator ("Headline - site.example", "Site | Headline") and the site's name was not known.
     */
    private static boolean isTitle(String heading, String title) {
        if (similar(heading, title)) {
            return true;
        }
        String longest = "";
        for (String part : TITLE_PARTS.split(title.strip())) {
            if (part.length() > longest.length()) {
                longest = part;
            }
        }
        return !longest.equals(title.strip()) && similar(heading, longest);
    }

    private static boolean similar(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip();
        String y = b.toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip();
        return !x.isEmpty() && (x.equals(y) || (y.contains(x) && x.length() > y.length() * 0.75));
    }
}
