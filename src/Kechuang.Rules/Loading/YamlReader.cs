using System.Globalization;

using Kechuang.Rules.Expressions;

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kechuang.Rules.Loading;

/// <summary>Reads typed values out of YAML nodes and records each problem with its line; never throws for bad input.</summary>
internal sealed class YamlReader(string file)
{
    public List<RuleSetError> Errors { get; } = [];

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public void Error(int line, string problem) => Errors.Add(new RuleSetError(file, line, problem));

    public YamlMappingNode? Root(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                return root;
            }

            Error(1, "文件内容应为一个映射（id、name、version …）");
        }
        catch (YamlException e)
        {
            Error((int)e.Start.Line, $"YAML 格式错误：{e.Message}");
        }

        return null;
    }

    /// <summary>Refuses keys the format does not know, so a misspelt "expresion" is not silently ignored.</summary>
    public void OnlyKeys(YamlMappingNode map, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } k } && !allowed.Contains(k))
            {
                Error(LineOf(key), $"未知的字段 “{k}”，可用的字段：{string.Join("、", allowed)}");
            }
        }
    }

    public static YamlNode? Node(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && !IsNull(node) ? node : null;

    public string? Text(YamlMappingNode map, string key, string chineseName, bool required = true)
    {
        var node = Node(map, key);
        if (node is null)
        {
            if (required)
            {
                Error(LineOf(map), $"缺少{chineseName}（{key}）");
            }

            return null;
        }

        if (node is not YamlScalarNode { Value: { } value } || value.Length == 0)
        {
            Error(LineOf(node), $"{chineseName}（{key}）应为文字");
            return null;
        }

        return value;
    }

    public DateOnly? Date(YamlMappingNode map, string key, string chineseName, bool required = true)
    {
        var text = Text(map, key, chineseName, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(LineOf(Node(map, key)!), $"{chineseName}（{key}）“{text}” 不是 yyyy-MM-dd 格式的日期");
        return null;
    }

    /// <summary>A number as the policy writes it: 5000, 10%, 0.05.</summary>
    public decimal? Number(YamlNode node, string chineseName)
    {
        if (node is YamlScalarNode { Value: { } text })
        {
            try
            {
                switch (ExpressionParser.Parse(text))
                {
                    case NumberLiteral n:
                        return n.Value;
                    case Unary { Op: "-", Operand: NumberLiteral n }:
                        return -n.Value;
                }
            }
            catch (ExpressionException)
            {
                // reported below as "not a number"
            }
        }

        Error(LineOf(node), $"{chineseName}应为数字（可写作 10% 或 5000）");
        return null;
    }

    public Expr? Expression(YamlMappingNode map, string key, string chineseName, bool required = true)
    {
        var node = Node(map, key);
        if (node is null)
        {
            if (required)
            {
                Error(LineOf(map), $"缺少{chineseName}（{key}）");
            }

            return null;
        }

        if (node is not YamlScalarNode { Value: { } text })
        {
            Error(LineOf(node), $"{chineseName}（{key}）应为一行表达式");
            return null;
        }

        try
        {
            return ExpressionParser.Parse(text);
        }
        catch (ExpressionException e)
        {
            Error(LineOf(node), $"语法错误：{e.Message}（第 {e.Position + 1} 个字符，“{text}”）");
            return null;
        }
    }

    public IEnumerable<YamlMappingNode> Items(YamlMappingNode map, string key, string chineseName)
    {
        var node = Node(map, key);
        if (node is null)
        {
            yield break;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(LineOf(node), $"{chineseName}（{key}）应为列表");
            yield break;
        }

        foreach (var item in sequence)
        {
            if (item is YamlMappingNode m)
            {
                yield return m;
            }
            else
            {
                Error(LineOf(item), $"{chineseName}的每一项应为映射");
            }
        }
    }

    private static bool IsNull(YamlNode node) => node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };
}
