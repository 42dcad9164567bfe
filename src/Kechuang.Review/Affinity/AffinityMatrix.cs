using Kechuang.Review.Model;

namespace Kechuang.Review.Affinity;

/// <summary>Scores every (application, expert) pair through inverted indexes (keyword → experts, bigram → experts,
/// field → experts): an application touches only the experts it shares something with, then one pass over its row turns
/// the counts into scores. Pricing the excluded pairs for the optimality proof needs every pair, so all are scored.</summary>
internal static class AffinityMatrix
{
    public static short[] Build(ReviewProblem p)
    {
        var words = new Dictionary<string, int>();
        var expertKeywords = p.Experts.Select(e => Ids(words, e.Keywords)).ToArray();
        var expertFields = p.Experts.Select(e => Ids(words, e.Fields.Select(f => "\u0001" + f))).ToArray();
        var expertBigrams = p.Experts.Select(e => Bigrams.Of(e.Profile)).ToArray();
        var keywordPostings = Postings(expertKeywords);
        var fieldPostings = Postings(expertFields);
        var bigramPostings = new Dictionary<int, List<int>>();
        for (var e = 0; e < expertBigrams.Length; e++)
        {
            foreach (var b in expertBigrams[e])
            {
                if (!bigramPostings.TryGetValue(b, out var list))
                {
                    bigramPostings[b] = list = [];
                }

                list.Add(e);
            }
        }

        var bigramArrays = bigramPostings.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        var bigramSizes = expertBigrams.Select(b => b.Length).ToArray();
        var n = p.ExpertCount;
        var w = p.Weights;
        var matrix = new short[(long)p.ApplicationCount * n];
        Parallel.For(0, p.ApplicationCount, () => (Keywords: new int[n], Shared: new int[n]), (a, _, counts) =>
        {
            var application = p.Applications[a];
            foreach (var k in Ids(words, application.Keywords, addMissing: false))
            {
                foreach (var e in keywordPostings[k])
                {
                    counts.Keywords[e] += w.PerKeyword;
                }
            }

            if (words.TryGetValue("\u0001" + application.Field, out var field) && field < fieldPostings.Length)
            {
                foreach (var e in fieldPostings[field])
                {
                    counts.Keywords[e] += w.FieldMatch;
                }
            }

            var bigrams = Bigrams.Of(application.Text);
            foreach (var b in bigrams)
            {
                if (bigramArrays.TryGetValue(b, out var experts))
                {
                    foreach (var e in experts)
                    {
                        counts.Shared[e]++;
                    }
                }
            }

            var row = matrix.AsSpan((int)((long)a * n), n);
            for (var e = 0; e < n; e++)
            {
                var score = counts.Keywords[e] + Bigrams.Score(counts.Shared[e], bigrams.Length, bigramSizes[e], w.Text);
                row[e] = (short)Math.Min(score, short.MaxValue);
                counts.Keywords[e] = 0;
                counts.Shared[e] = 0;
            }

            return counts;
        }, _ => { });
        MarkConflicts(p, matrix);
        return matrix;
    }

    /// <summary>The explanation shown beside a pair, built the same way as the matrix entry.</summary>
    public static (int Score, string Explanation) Explain(ReviewProblem p, Expert expert, Application application)
    {
        var w = p.Weights;
        var parts = new List<string>();
        var score = 0;
        if (expert.Fields.Contains(application.Field))
        {
            score += w.FieldMatch;
            parts.Add($"领域: {application.Field}");
        }

        var shared = application.Keywords.Distinct().Where(expert.Keywords.Contains).ToList();
        if (shared.Count > 0)
        {
            score += w.PerKeyword * shared.Count;
            parts.Add($"关键词: {string.Join("、", shared)}");
        }

        var a = Bigrams.Of(application.Text);
        var b = Bigrams.Of(expert.Profile);
        var common = Bigrams.Shared(a, b);
        var text = Bigrams.Score(common, a.Length, b.Length, w.Text);
        if (text > 0)
        {
            score += text;
            parts.Add($"文本相似度: {common}/{a.Length + b.Length - common} 个二字组 (+{text})");
        }

        return (score, parts.Count == 0 ? "无共同领域或关键词" : string.Join("; ", parts));
    }

    private static void MarkConflicts(ReviewProblem p, short[] matrix)
    {
        var n = p.ExpertCount;
        var expertsOfUnit = new List<int>[p.UnitCount];
        for (var e = 0; e < n; e++)
        {
            (expertsOfUnit[p.ExpertUnit[e]] ??= []).Add(e);
        }

        var employedAt = new Dictionary<string, List<int>>();
        foreach (var (expert, unit) in p.Conflicts.Employment)
        {
            if (!employedAt.TryGetValue(unit, out var list))
            {
                employedAt[unit] = list = [];
            }

            list.Add(p.ExpertOf(expert));
        }

        for (var a = 0; a < p.ApplicationCount; a++)
        {
            var row = (long)a * n;
            foreach (var e in expertsOfUnit[p.ApplicantUnit[a]] ?? [])
            {
                matrix[row + e] = ReviewProblem.Forbidden;
            }

            foreach (var e in employedAt.GetValueOrDefault(p.Applications[a].ApplicantUnitId) ?? [])
            {
                matrix[row + e] = ReviewProblem.Forbidden;
            }
        }

        // Declared conflicts can be 5% of all pairs (1.5 M at 10,000 × 3,000): two lookups each, on both cores.
        var declared = p.Conflicts.Declared.ToArray();
        Parallel.For(0, declared.Length, i =>
            matrix[((long)p.ApplicationOf(declared[i].Application) * n) + p.ExpertOf(declared[i].Expert)] = ReviewProblem.Forbidden);
    }

    private static int[] Ids(Dictionary<string, int> words, IEnumerable<string> items, bool addMissing = true)
    {
        var ids = new HashSet<int>();
        foreach (var item in items)
        {
            if (words.TryGetValue(item, out var id))
            {
                ids.Add(id);
            }
            else if (addMissing)
            {
                words[item] = words.Count;
                ids.Add(words.Count - 1);
            }
        }

        return [.. ids];
    }

    private static int[][] Postings(int[][] byExpert)
    {
        var size = byExpert.Length == 0 ? 0 : byExpert.Max(ids => ids.Length == 0 ? 0 : ids.Max() + 1);
        var lists = new List<int>[size];
        for (var e = 0; e < byExpert.Length; e++)
        {
            foreach (var id in byExpert[e])
            {
                (lists[id] ??= []).Add(e);
            }
        }

        return lists.Select(l => l?.ToArray() ?? []).ToArray();
    }
}
