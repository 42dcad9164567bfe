using System.Security.Cryptography;
using System.Text;

namespace Kechuang.Web.Modules.Market.Search;

/// <summary>
/// The market's dictionary of technical words (TechVocabulary.txt, embedded): words such as 石墨烯, 复合材料, 锂离子电池 that
/// a segmenter should keep whole. Only words made of Chinese characters; Latin words and numbers need no dictionary.
/// A character trie, so that finding every word starting at a position costs a walk of a few nodes, not a hash lookup
/// per possible length.
/// </summary>
public sealed class TechVocabulary
{
    private readonly Node _root = new();

    public TechVocabulary(IEnumerable<string> words)
    {
        var distinct = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var w = word.Trim();
            if (w.Length >= 2 && w.All(IsHan))
            {
                distinct.Add(w);
            }
        }

        foreach (var w in distinct)
        {
            var node = _root;
            foreach (var c in w)
            {
                node = node.Child(c, create: true)!;
            }

            node.IsWord = true;
        }

        Count = distinct.Count;
        Version = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', distinct))))[..12].ToLowerInvariant();
    }

    public static TechVocabulary Default { get; } = Load();

    public int Count { get; }

    /// <summary>A hash of the word list: part of the index schema, so a changed dictionary rebuilds the index.</summary>
    public string Version { get; }

    public bool Contains(ReadOnlySpan<char> word)
    {
        var node = _root;
        foreach (var c in word)
        {
            if (node.Child(c, create: false) is not { } child)
            {
                return false;
            }

            node = child;
        }

        return node.IsWord;
    }

    /// <summary>Adds to <paramref name="ends"/> the end of every dictionary word that starts at <paramref name="start"/> in text.</summary>
    public void WordsAt(ReadOnlySpan<char> text, int start, List<int> ends)
    {
        var node = _root;
        for (var i = start; i < text.Length; i++)
        {
            if (node.Child(text[i], create: false) is not { } child)
            {
                return;
            }

            node = child;
            if (node.IsWord)
            {
                ends.Add(i + 1);
            }
        }
    }

    /// <summary>CJK unified ideographs (basic block, extension A, compatibility): the characters dictionary words are made of.</summary>
    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or >= '\uf900' and <= '\ufaff';

    private static TechVocabulary Load()
    {
        using var stream = typeof(TechVocabulary).Assembly.GetManifestResourceStream("Kechuang.Web.Market.TechVocabulary.txt")
            ?? throw new InvalidOperationException("TechVocabulary.txt is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith('#'))
            {
                words.AddRange(line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return new TechVocabulary(words);
    }

    private sealed class Node
    {
        private Dictionary<char, Node>? _children;

        public bool IsWord { get; set; }

        public Node? Child(char c, bool create)
        {
            if (_children is not null && _children.TryGetValue(c, out var child))
            {
                return child;
            }

            if (!create)
            {
                return null;
            }

            _children ??= [];
            return _children[c] = new Node();
        }
    }
}
