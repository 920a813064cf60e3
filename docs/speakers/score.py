#!/usr/bin/env python3
"""Scores the splitter's speakers on the hand-annotated sentences of this folder.

Each row names a page of ../shared/corpus/, its language, how one of its sentences starts and who that sentence
is attributed to (alternatives split by |; empty: nobody). The page's article text is extracted and split by the
jar, as the product does on import; a speaker is right when, case, articles and honorifics aside, it is the
annotated one or contains it (or is contained in it) with the same last word ("Mr. Reeves" for "Eric Reeves").

    python3 docs/speakers/score.py docs/speakers/blind.tsv [--jar 'java -jar target/claimboard.jar'] [-v]
"""
import argparse, collections, json, os, re, shlex, subprocess, tempfile

DROP = {'the', 'a', 'an', 'his', 'her', 'their', 'its', 'le', 'la', 'les', 'l', 'un', 'une', 'mr', 'mrs', 'ms',
        'dr', 'm', 'mme', 'president', 'gov', 'sen', 'rep', 'judge'}


def words(name):
    tokens = re.findall(r"[\w'-]+", name.lower().replace('’', "'"))
    return [t[2:] if t.startswith("l'") else t for t in tokens if t not in DROP]


def right(found, wanted):
    if not wanted:
        return not found
    if not found:
        return False
    got = words(found)
    for alternative in wanted.split('|'):
        want = words(alternative)
        if want and (got == want or (want[-1] in got and (set(want) <= set(got) or set(got) <= set(want)))):
            return True
    return False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('gold')
    parser.add_argument('--corpus', default='../shared/corpus')
    parser.add_argument('--jar', default='java -jar target/claimboard.jar')
    parser.add_argument('-v', action='store_true')
    args = parser.parse_args()
    rows = [line.rstrip('\n').split('\t') for line in open(args.gold, encoding='utf-8') if not line.startswith('#')]
    pages = sorted({(path, lang) for path, lang, _, _ in rows})
    paths = [os.path.join(args.corpus, path) for path, _ in pages]
    extracted = json.loads(subprocess.run(shlex.split(args.jar) + ['extract', '--'] + paths,
                                          capture_output=True, text=True, check=True).stdout)
    sentences = {}
    with tempfile.TemporaryDirectory() as tmp:
        for (path, lang), full in zip(pages, paths):
            text = os.path.join(tmp, 'page.txt')
            with open(text, 'w', encoding='utf-8') as out:
                out.write(extracted[full]['articleBody'] or '')
            split = json.loads(subprocess.run(shlex.split(args.jar) + ['split', '--lang', lang, text],
                                              capture_output=True, text=True, check=True).stdout)
            sentences[path] = [(s['text'].replace('\n', ' '), s.get('speaker')) for s in split['sentences']]
    score = collections.Counter()
    for path, lang, start, wanted in rows:
        found = [speaker for text, speaker in sentences[path] if start in text]
        if not found:
            print('not found:', path, start)
            continue
        ok = right(found[0], wanted)
        kind = 'attributed' if wanted else 'none'
        score[kind, lang, ok] += 1
        if args.v and not ok:
            print('%s: wanted [%s], found [%s]: %s' % (path, wanted, found[0], start))
    for kind in ('attributed', 'none'):
        total = sum(n for (k, _, _), n in score.items() if k == kind)
        good = sum(n for (k, _, ok), n in score.items() if k == kind and ok)
        by = ', '.join('%s %d/%d' % (lang, score[kind, lang, True], score[kind, lang, True] + score[kind, lang, False])
                       for lang in ('en', 'fr') if score[kind, lang, True] + score[kind, lang, False])
        if total:
            print('%s: %d/%d = %.1f%% (%s)' % (kind, good, total, 100 * good / total, by))


if __name__ == '__main__':
    main()
