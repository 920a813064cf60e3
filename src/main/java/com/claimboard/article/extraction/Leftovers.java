package com.claimboard.article.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Takes out of the chosen article the short blocks a reader skips and a scorer of containers cannot see: the
 * "Read more" and "Lire aussi" headings with the teasers that follow them, picture credits and captions with
 * their credit, the post's own furniture ("This entry was posted…", "Kommentar verfassen", comment prompts, the
 * way back to a list), prompts to subscribe, sign in or give, copyright lines and dates standing alone. Each rule
 * is a rule of a language or of the web's conventions, written in the languages the desk reads (English, French,
 * German, Spanish, Portuguese, Italian, Polish); none touches a block longer than a few lines, so an article's own
 * paragraphs are left whatever they say.
 */
final class Leftovers {

    /** The patterns are written in lower case and matched against the lower-cased text (faster than ignoring case). */
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    /** Headings that open a list of other articles. */
    private static final String RELATED = "(related( stories| articles| posts| content| news| topics)?|read more"
            + "|read also|see also|more from|more on this|you (may|might) also like|recommended( for you)?"
            + "|lire aussi|à lire aussi|a lire aussi|lire également|sur le même sujet|voir aussi"
            + "|(audios et )?vidéos sur le sujet|lesen sie auch|auch interessant|auch lesen"
            + "|das könnte (sie|dich) auch( interessieren)?|mehr zum thema|mehr zu|zum weiterlesen|weiterlesen"
            + "|schon gelesen|neueste artikel|weitere (beiträge|artikel|themen|nachrichten|meldungen|infos"
            + "|informationen)|verwandte themen(bereiche)?|le puede interesar|te puede interesar|puedes ver"
            + "|lee también|lea también|temas relacionados|noticias relacionadas|leia também|veja também"
            + "|czytaj (też|także)|leggi anche|lesen sie (hier|mehr)|discover more|découvrez aussi|entdecke weitere"
            + "|more stories|most read|most popular|les plus lus|meistgelesen|meist-?diskutiert|meist-?gelesen)";

    /**
     * Headings naming what more is offered: "Mehr zu Klima und Konsum", "More from the Arctic", "Plus d'articles
     * sur lemonde.fr" (a dot inside a site's name is not a sentence's end).
     */
    private static final String MORE_ON = "(mehr zu(m thema)?|more (on|from|about)|plus d'articles sur|entdecke weitere"
            + "|discover more|auch auf|weitere (beiträge|artikel))";

    /** A related heading: "RELATED STORIES", "Lire aussi :", "Schon gelesen?", "Weitere Beiträge aus der Kolumne:". */
    private static final Pattern RELATED_HEADING = Pattern.compile(
            "^(" + RELATED + "\\s*[:?!.]?|" + RELATED + "\\b[^.!?]{0,40}:|" + MORE_ON
                    + "\\b(?:[^.!?]|\\.(?=\\p{L})){0,40})$",
            FLAGS);

    /** A teaser line led by such a heading: "Read more: Looted art to go back", "PUEDES VER: ¿Qué es…?". */
    private static final Pattern RELATED_TEASER = Pattern.compile("^" + RELATED + "\\s*:", FLAGS);

    /** A picture's credit: "Photo : AFP", "(© Bild: Werk)", "Getty Images". */
    private static final Pattern CREDIT = Pattern.compile(
            "^(\\(?©?\\s*(foto|fotos|photo|photos|bild|bilder|image|imagen|crédito|credit|credits|quelle|source"
                    + "|titelbild|grafik|picture)\\s*:)|^\\(?©|(getty images|shutterstock|reuters|afp|dpa|unsplash"
                    + "|istock|imago|picture alliance|pixelio\\.de)\\)?$",
            FLAGS);

    /** A numbered figure's caption: "Abbildung 4: …", "Figure 2. …". */
    private static final Pattern FIGURE =
            Pattern.compile("^(abbildung|abb\\.|figure|fig\\.|grafik|graphique)\\s*\\d+\\s*[:.]", FLAGS);

    /** A note on the piece itself: where it first ran, under which licence, whose opinion it is. */
    private static final Pattern NOTE = Pattern.compile(
            "^(this (article|story|piece) (was|first|originally)|cet article (a été|est paru|a d'abord)"
                    + "|dieser (beitrag|text|artikel) (stammt|wurde|gibt|erschien)|bei diesem beitrag handelt"
                    + "|este artículo (fue|se publicó))",
            FLAGS);

    /** Advertising marks and the disclosures of paid links. */
    private static final Pattern ADVERTISING = Pattern.compile(
            "^[-–\\s]*(anzeige|advertisement|publicité|werbung|sponsored|gesponsert|publicidad)(?!\\p{L})"
                    + "|advertising disclos|advertising disclaimer|partnerlinks|affiliate links"
                    + "|we may (receive|earn) (a )?(compensation|commission)",
            FLAGS);

    /** A site asking leave for cookies or embedded content, in the first person. */
    private static final Pattern CONSENT = Pattern.compile(
            "\\b(we use|we respect|this (web)?site uses|wir verwenden|wir respektieren|wir nutzen"
                    + "|diese (web)?seite (verwendet|nutzt)|nous utilisons|ce site utilise|korzystamy z|utilizamos)\\b"
                    + ".*\\b(cookies?|privatsphäre|privacy|datenschutz|vie privée|einverständnis|consent)",
            FLAGS);

    /** A caption that ends on its picture's credit: "Le pont de Normandie. (Photo : AFP)", "… © Pferderevue". */
    private static final Pattern CAPTION = Pattern.compile(
            "(©|\\((foto|bild|quelle|imagen|crédito|photo|credit|source)\\s*:[^)]*\\)$"
                    + "|\\b(foto|bild|imagen|photo)\\s*:\\s*[^.]{2,40}$|\\b(bild|foto|photo|image|picture) via$"
                    + "|zum vergrößern (auf das bild )?klicken|click (on the (image|picture) )?to enlarge"
                    + "|cliquez (sur l'image )?pour agrandir)",
            FLAGS);

    /** The post's furniture: who posted it when, comments and their log-in, print, share, the way back. */
    private static final Pattern FURNITURE = Pattern.compile(
            "^(this entry was posted|about the author|share this|à propos de l'auteur|partager cet article"
                    + "|dieser eintrag wurde|kommentare? (verfassen|geschlossen)|kommentarfeed|von:|autoren?:"
                    + "|über den autor|quellenangaben|quellen ausblenden|kontakt:|zusatzinformationen|rezept drucken"
                    + "|artikel gefallen|gefällt dir|den artikel .*teilen|beitrag teilen"
                    + "|hier können sie den artikel bewerten|opublikowano|asked \\w+ \\d"
                    + "|kommentieren( sie)?$|commenter$|leave a (comment|reply)|laisser un commentaire"
                    + "|einen kommentar (schreiben|hinterlassen)|you must be (logged in|signed in)"
                    + "|vous devez être connecté|sie müssen (sich )?(einloggen|angemeldet|eingeloggt)"
                    + "|zurück zur (übersicht|liste|listenansicht)|back to (the )?(list|overview)"
                    + "|retour à la liste|permalink$|permalien$)(?!\\p{L})",
            FLAGS);

    /**
     * When the post was put up and by whom, as a line of its own: "Publié le 4 mai par…", "Posted by…". Only short
     * lines: "Publié le 3 mars, le rapport montre que…" opens an article's sentence.
     */
    private static final Pattern STAMP = Pattern.compile(
            "^(posted (on|by)|publié (par|le)|mis à jour le|publicado (por|el)|aktualisiert am|verfasst von)(?!\\p{L})",
            FLAGS);

    /**
     * What stands in for what the page did not load or offers apart: "Externer Inhalt", "Contenu externe", "Download
     * this script as PDF", "Originalartikel:".
     */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^(externer inhalt|external content|contenu externe|original ?artikel:?|original article:?"
                    + "|article original:?)$|^(dieses? (skript|dokument|artikel|beitrag) als pdf"
                    + "|(download|télécharger) (this|the|cet|ce|l'|l’)\\s*\\p{L}+ (as|en) pdf)",
            FLAGS);

    /** Prompts to subscribe, sign up or sign in, or to pay for the site's work. */
    private static final Pattern PROMPT = Pattern.compile(
            "^(subscribe (now|here|today|to (our|the))|to view the full story|never miss (a|an|the|out)"
                    + "|sign up (here|now|for (our|the)|to (our|the))|get the latest|do you want to be informed"
                    + "|we want to hear|abonnez-vous|inscrivez-vous|abonnieren sie|jetzt abonnieren"
                    + "|melden sie sich (hier|jetzt)? ?an|sie sind (aktuell )?nicht eingeloggt|bitte loggen"
                    + "|suscríbete|already a subscriber|if you(’|')re (already a subscriber|seeing this message)"
                    + "|first-time subscribers|déjà abonné|bereits abonnent|support (us|our (work|journalism)"
                    + "|independent journalism)|soutenez|faites un don|unterstütze|hilf mit|jetzt spenden"
                    + "|donate (now|today))(?!\\p{L})",
            FLAGS);

    private static final Pattern RIGHTS = Pattern.compile(
            "(all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados"
                    + "|wszelkie prawa zastrzeżone)",
            FLAGS);

    /** A date standing alone: "8 novembre 2021", "7. Oktober 2020", "2021-04-29". */
    private static final Pattern DATE =
            Pattern.compile("^(\\d{1,2}\\.? ?\\p{L}+\\.? \\d{4}|\\d{4}-\\d\\d-\\d\\d)$", FLAGS);

    /** Blocks a leftover may be; never words inside a sentence, never a table's cells. */
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "figcaption",
            "dd",
            "dt",
            "header",
            "footer",
            "section",
            "blockquote",
            "caption");

    /** No leftover is longer than this (a numbered figure's caption); longer blocks are article text. */
    private static final int LONGEST = 400;

    /** A block after a related heading with at least this share of its text in links is a teaser. */
    private static final double TEASERS_LINKED = 0.5;

    private Leftovers() {}

    /** Removes the leftovers from {@code article}: the outermost block that is one goes whole, with its blocks. */
    static void strip(Element article) {
        List<Element> leftovers = new ArrayList<>();
        for (Element element : article.select("*")) {
            if (element != article
                    && BLOCKS.contains(element.normalName())
                    && isShort(element)
                    && !hasLeftoverAncestor(element, leftovers)) {
                String text = element.text();
                if (!text.isEmpty() && isLeftover(text)) {
                    leftovers.add(element);
                    if (text.length() <= 60
                            && RELATED_HEADING
                                    .matcher(text.toLowerCase(Locale.ROOT))
                                    .matches()) {
                        teasersAfter(element, leftovers);
                    }
                }
            }
        }
        Removal.removeAll(leftovers);
    }

    /**
     * The other articles a related heading opens: the blocks right after it that are lists or mostly links, up to
     * the first that is neither (the article's own text, if it goes on).
     */
    private static void teasersAfter(Element heading, List<Element> leftovers) {
        for (Element next = heading.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            boolean list = next.normalName().equals("ul") || next.normalName().equals("ol");
            if (!next.text().isEmpty() && !list && ContentFinder.linkDensity(next) < TEASERS_LINKED) {
                return;
            }
            leftovers.add(next);
        }
    }

    /**
     * Whether the element's text may be short enough to be a leftover: its text nodes are counted only until they
     * pass the bound, so a long article's large blocks cost no more than their first few lines.
     */
    private static boolean isShort(Element element) {
        int[] length = {0};
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            length[0] += text.getWholeText().strip().length();
                        }
                        return length[0] > LONGEST ? FilterResult.STOP : FilterResult.CONTINUE;
                    }
                },
                element);
        return length[0] <= LONGEST;
    }

    /** Whether a block whose whole text is {@code text} is one a reader skips. */
    static boolean isLeftover(String text) {
        int length = text.length();
        if (length > LONGEST) {
            return false;
        }
        // The patterns that may match anywhere run only when a word they need is there: most blocks are neither.
        String lower = text.toLowerCase(Locale.ROOT);
        return (length <= 60 && RELATED_HEADING.matcher(lower).matches())
                || (length <= 160 && RELATED_TEASER.matcher(lower).lookingAt())
                || (length <= 100 && CREDIT.matcher(lower).find())
                || (length <= 300
                        && (text.indexOf(':') >= 0 || text.indexOf('©') >= 0 || containsAny(lower, CAPTION_WORDS))
                        && CAPTION.matcher(lower).find())
                || FIGURE.matcher(lower).lookingAt()
                || (length <= 200 && NOTE.matcher(lower).lookingAt())
                || (length <= 300 && ADVERTISING.matcher(lower).find())
                || (length <= 300
                        && containsAny(lower, CONSENT_WORDS)
                        && CONSENT.matcher(lower).find())
                || (length <= 120 && FURNITURE.matcher(lower).lookingAt())
                || (length <= 60 && STAMP.matcher(lower).lookingAt())
                || (length <= 80 && PLACEHOLDER.matcher(lower).lookingAt())
                || (length <= 300 && PROMPT.matcher(lower).lookingAt())
                || (length <= 300
                        && containsAny(lower, RIGHTS_WORDS)
                        && RIGHTS.matcher(lower).find())
                || (length <= 30 && DATE.matcher(lower).matches());
    }

    private static final List<String> CONSENT_WORDS =
            List.of("cookie", "privacy", "privatsph", "datenschutz", "vie priv", "einverst", "consent");
    private static final List<String> CAPTION_WORDS = List.of(" via", "vergrößern", "enlarge", "agrandir");
    private static final List<String> RIGHTS_WORDS = List.of("reserv", "réserv", "vorbehalten", "zastrze");

    private static boolean containsAny(String lower, List<String> words) {
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLeftoverAncestor(Element element, List<Element> leftovers) {
        if (leftovers.isEmpty()) {
            return false;
        }
        Element last = leftovers.getLast(); // select("*") walks in document order: an ancestor came just before
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent == last) {
                return true;
            }
        }
        return false;
    }
}
