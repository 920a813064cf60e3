#!/usr/bin/env python3
"""Check-worthiness across genres, for measuring only: claims Snopes checked shuffled among web sentences.

400 claims of ../shared/corpus/claim-matching/verified_claims.docs.tsv and 1,600 sentences of EWT dev (blogs,
reviews, mail, answers) are shuffled (seed 3), scored one per line by the jar, and ranked; prints the average
precision of the claims (a random ranking scores 0.20). Both sets' terms allow measuring with them, not shipping
a model trained on them; nothing is trained here.

    python3 docs/checkworthiness/cross_genre.py [--jar 'java -jar target/claimboard.jar'] [--words-only]
"""
import argparse, json, random, shlex, subprocess, tempfile

parser = argparse.ArgumentParser()
parser.add_argument('--corpus', default='../shared/corpus')
parser.add_argument('--jar', default='java -jar target/claimboard.jar')
parser.add_argument('--words-only', action='store_true')
args = parser.parse_args()

random.seed(3)
claims = []
for i, line in enumerate(open(f'{args.corpus}/claim-matching/verified_claims.docs.tsv', encoding='utf8')):
    parts = line.rstrip('\n').split('\t')
    if i and len(parts) >= 2 and parts[1].strip():
        claims.append(parts[1].strip())
web = [l[9:].strip() for l in open(f'{args.corpus}/ud/en_ewt-ud-dev.conllu', encoding='utf8') if l.startswith('# text = ')]
items = [(t, 1) for t in random.sample(claims, 400)] + [(t, 0) for t in random.sample(web, 1600)]
random.shuffle(items)
with tempfile.NamedTemporaryFile('w', encoding='utf8', suffix='.txt') as f:
    f.write('\n'.join(' '.join(t.split()) for t, _ in items) + '\n')
    f.flush()
    command = args.jar + ' split --lang en --lines ' + ('--words-only ' if args.words_only else '') + shlex.quote(f.name)
    out = subprocess.run(command, shell=True, capture_output=True, text=True, check=True).stdout
scores = [s['checkworthiness'] for s in json.loads(out)['sentences']]
order = sorted(range(len(scores)), key=lambda k: (-scores[k], k))
hits = total = 0
for rank, k in enumerate(order, 1):
    if items[k][1]:
        hits += 1
        total += hits / rank
print(f'average precision {total / hits:.4f} ({hits} claims among {len(items)} lines)')
