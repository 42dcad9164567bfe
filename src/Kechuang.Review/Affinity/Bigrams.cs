using System.Globalization;

namespace Kechuang.Review.Affinity;

/// <summary>Character bigrams of Chinese text: a segmenter-free similarity that works on 石墨提纯 vs 石墨烯 (石墨 shared).
/// Letters and digits count as characters; punctuation and spaces break a run.</summary>
internal static class Bigrams
{
    /// <summary>Distinct bigram codes (two UTF-16 units packed in an int), sorted.</summary>
    public static int[] Of(string text)
    {
        var codes = new HashSet<int>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (IsWordChar(text[i]) && IsWordChar(text[i + 1]))
            {
                codes.Add((text[i] << 16) | text[i + 1]);
            }
        }

        var sorted = codes.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    public static int Shared(int[] a, int[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    /// <summary>⌊weight × |A∩B| / |A∪B|⌋ in integers, so the matrix and the explanation agree to the point.</summary>
    public static int Score(int shared, int sizeA, int sizeB, int weight)
    {
        var union = sizeA + sizeB - shared;
        return union == 0 ? 0 : shared * weight / union;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter;
}
