using Kechuang.Rules.Evaluation;
using Kechuang.Rules.Facts;
using Kechuang.Rules.Model;

using YamlDotNet.RepresentationModel;

namespace Kechuang.Rules.Loading;

/// <summary>
/// Reads a rule-set YAML file and refuses it, with every problem and its line, when it is malformed:
/// syntax, unknown names, type mismatches, cycles between derived values, overlapping parameter dates,
/// missing citation or effective date.
/// </summary>
public static class RuleSetLoader
{
    private static readonly Dictionary<string, Unit> Units = new()
    {
        ["percent"] = Unit.Percent,
        ["wan"] = Unit.TenThousandYuan,
        ["persons"] = Unit.Persons,
        ["items"] = Unit.Items,
        ["years"] = Unit.Years,
        ["none"] = Unit.None,
    };

    public static RuleSet Load(string file, string yaml)
    {
        var r = new YamlReader(file);
        var root = r.Root(yaml);
        if (root is null)
        {
            throw new RuleSetException(r.Errors);
        }

        r.OnlyKeys(root, "id", "name", "version", "citation", "effective", "default", "note", "parameters", "derived", "conditions", "score", "direct_routes", "benefit");
        var effective = YamlReader.Node(root, "effective") as YamlMappingNode;
        if (effective is null)
        {
            r.Error(YamlReader.LineOf(root), "缺少生效日期（effective: from: yyyy-MM-dd）");
        }
        else
        {
            r.OnlyKeys(effective, "from", "to");
        }

        var set = new RuleSet(
            r.Text(root, "id", "规则集编号") ?? "",
            r.Text(root, "name", "规则集名称") ?? "",
            r.Text(root, "version", "版本号") ?? "",
            r.Text(root, "citation", "政策文号") ?? "",
            (effective is null ? null : r.Date(effective, "from", "生效日期")) ?? DateOnly.MinValue,
            effective is null ? null : r.Date(effective, "to", "失效日期", required: false),
            r.Text(root, "default", "是否为默认规则", required: false) == "true",
            r.Text(root, "note", "说明", required: false),
            ReadParameters(r, root),
            ReadDerived(r, root),
            r.Items(root, "conditions", "条件").Select(c => ReadCondition(r, c)).ToList(),
            YamlReader.Node(root, "score") is YamlMappingNode score ? ReadScore(r, score) : null,
            r.Items(root, "direct_routes", "直接认定条件").Select(c => ReadCondition(r, c)).ToList(),
            file,
            YamlReader.Node(root, "benefit") is YamlMappingNode benefit ? ReadBenefit(r, benefit) : null);

        if (set.EffectiveTo < set.EffectiveFrom)
        {
            r.Error(YamlReader.LineOf(effective!), "失效日期早于生效日期");
        }

        if (r.Errors.Count == 0)
        {
            // Compiling with every parameter's first value checks names, types and cycles without an evaluation date.
            CompiledRuleSet.Check(set, r);
        }

        return r.Errors.Count == 0 ? set : throw new RuleSetException(r.Errors.Distinct().OrderBy(e => e.Line).ToList());
    }

    private static List<Parameter> ReadParameters(YamlReader r, YamlMappingNode root)
    {
        var result = new List<Parameter>();
        var node0 = YamlReader.Node(root, "parameters");
        if (node0 is not YamlMappingNode map)
        {
            if (node0 is not null)
            {
                r.Error(YamlReader.LineOf(node0), "参数（parameters）应为以名称为键的映射");
            }

            return result;
        }

        foreach (var (keyNode, node) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                r.Error(YamlReader.LineOf(keyNode), "名称应为文字");
                continue;
            }

            if (node is not YamlMappingNode p)
            {
                r.Error(YamlReader.LineOf(node), $"参数 “{key}” 应写出 name 和 values");
                continue;
            }

            r.OnlyKeys(p, "name", "values", "citation");
            var values = new List<ParameterValue>();
            foreach (var v in r.Items(p, "values", $"参数 “{key}” 的取值"))
            {
                r.OnlyKeys(v, "from", "to", "value");
                var from = r.Date(v, "from", $"参数 “{key}” 的起始日期");
                var to = r.Date(v, "to", "截止日期", required: false);
                var text = r.Text(v, "value", $"参数 “{key}” 的值");
                var isBoolean = text is "true" or "false";
                var number = isBoolean ? (text == "true" ? 1 : 0) : text is null ? null : r.Number(YamlReader.Node(v, "value")!, $"参数 “{key}” 的值");
                if (from is { } f && number is { } n)
                {
                    values.Add(new ParameterValue(f, to, n, isBoolean, YamlReader.LineOf(v)));
                }
            }

            if (values.Count == 0)
            {
                r.Error(YamlReader.LineOf(p), $"参数 “{key}” 没有任何取值");
            }

            CheckNoOverlap(r, key, values);
            result.Add(new Parameter(key, r.Text(p, "name", $"参数 “{key}” 的中文名称") ?? key, values, YamlReader.LineOf(keyNode)));
        }

        return result;
    }

    /// <summary>Each value runs from its from to its to (or to the next value's from); two values may not both be in force on a day.</summary>
    private static void CheckNoOverlap(YamlReader r, string key, List<ParameterValue> values)
    {
        var ordered = values.OrderBy(v => v.From).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var previous = ordered[i - 1];
            if (previous.From == ordered[i].From || (previous.To is { } to && to >= ordered[i].From))
            {
                r.Error(ordered[i].Line, $"参数 “{key}” 的有效期重叠：{previous.From:yyyy-MM-dd} 起的取值与 {ordered[i].From:yyyy-MM-dd} 起的取值同时有效");
            }
        }
    }

    private static List<DerivedValue> ReadDerived(YamlReader r, YamlMappingNode root)
    {
        var result = new List<DerivedValue>();
        var node0 = YamlReader.Node(root, "derived");
        if (node0 is not YamlMappingNode map)
        {
            if (node0 is not null)
            {
                r.Error(YamlReader.LineOf(node0), "派生值（derived）应为以名称为键的映射");
            }

            return result;
        }

        foreach (var (keyNode, node) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                r.Error(YamlReader.LineOf(keyNode), "名称应为文字");
                continue;
            }

            if (FactCatalog.Find(key) is not null)
            {
                r.Error(YamlReader.LineOf(keyNode), $"派生值 “{key}” 与事实同名");
            }

            if (node is not YamlMappingNode d)
            {
                r.Error(YamlReader.LineOf(node), $"派生值 “{key}” 应写出 name 和 expr");
                continue;
            }

            r.OnlyKeys(d, "name", "expr", "unit");
            var expr = r.Expression(d, "expr", $"派生值 “{key}” 的表达式");
            if (expr is not null)
            {
                var line = YamlReader.Node(d, "expr") is { } e ? YamlReader.LineOf(e) : YamlReader.LineOf(d);
                result.Add(new DerivedValue(key, r.Text(d, "name", $"派生值 “{key}” 的中文名称") ?? key, expr, ReadUnit(r, d), line));
            }
        }

        return result;
    }

    private static Condition ReadCondition(YamlReader r, YamlMappingNode c)
    {
        r.OnlyKeys(c, "id", "name", "expr", "unit", "citation");
        var expr = r.Expression(c, "expr", "条件表达式");
        var line = YamlReader.Node(c, "expr") is { } e ? YamlReader.LineOf(e) : YamlReader.LineOf(c);
        return new Condition(r.Text(c, "id", "条件编号") ?? "", r.Text(c, "name", "条件名称") ?? "", expr ?? new Expressions.BooleanLiteral(false, 0),
            ReadUnit(r, c), r.Text(c, "citation", "依据", required: false), line);
    }

    private static Benefit? ReadBenefit(YamlReader r, YamlMappingNode b)
    {
        r.OnlyKeys(b, "name", "expr");
        var expr = r.Expression(b, "expr", "金额表达式");
        var line = YamlReader.Node(b, "expr") is { } e ? YamlReader.LineOf(e) : YamlReader.LineOf(b);
        return expr is null ? null : new Benefit(r.Text(b, "name", "金额名称") ?? "", expr, line);
    }

    private static Unit? ReadUnit(YamlReader r, YamlMappingNode map)
    {
        var text = r.Text(map, "unit", "单位", required: false);
        if (text is null)
        {
            return null;
        }

        if (Units.TryGetValue(text, out var unit))
        {
            return unit;
        }

        r.Error(YamlReader.LineOf(YamlReader.Node(map, "unit")!), $"未知的单位 “{text}”，可用：{string.Join("、", Units.Keys)}");
        return null;
    }

    private static Score ReadScore(YamlReader r, YamlMappingNode s)
    {
        r.OnlyKeys(s, "name", "pass_at_least", "pass_above", "also_required", "parts");
        var atLeast = YamlReader.Node(s, "pass_at_least") is { } a ? r.Number(a, "及格分") : null;
        var above = YamlReader.Node(s, "pass_above") is { } b ? r.Number(b, "及格分") : null;
        if (atLeast is null == above is null)
        {
            r.Error(YamlReader.LineOf(s), "评分须写明 pass_at_least（不低于）或 pass_above（高于）二者之一");
        }

        var parts = r.Items(s, "parts", "评分项").Select(p => ReadPart(r, p)).ToList();
        return new Score(r.Text(s, "name", "评分名称") ?? "", atLeast, above, parts,
            r.Items(s, "also_required", "评分附加条件").Select(c => ReadCondition(r, c)).ToList(), YamlReader.LineOf(s));
    }

    private static ScorePart ReadPart(YamlReader r, YamlMappingNode p)
    {
        r.OnlyKeys(p, "id", "name", "max", "value", "unit", "bands", "points", "expert", "citation");
        var id = r.Text(p, "id", "评分项编号") ?? "";
        var bands = r.Items(p, "bands", "分档").Select(b => ReadBand(r, b)).ToList();
        var value = r.Expression(p, "value", "分档依据的数值", required: false);
        var points = r.Expression(p, "points", "得分表达式", required: false);
        (decimal, decimal)? expert = null;
        if (YamlReader.Node(p, "expert") is YamlSequenceNode { Children.Count: 2 } range
            && r.Number(range[0], "专家评分下限") is { } lo && r.Number(range[1], "专家评分上限") is { } hi)
        {
            expert = (lo, hi);
        }

        if ((bands.Count > 0 ? 1 : 0) + (points is null ? 0 : 1) + (expert is null ? 0 : 1) != 1)
        {
            r.Error(YamlReader.LineOf(p), $"评分项 “{id}” 须且只须写出 bands（分档）、points（得分表达式）或 expert（专家评分区间 [下限, 上限]）之一");
        }

        if (bands.Any(b => b.From is not null) && value is null)
        {
            r.Error(YamlReader.LineOf(p), $"评分项 “{id}” 按 from 分档，须写出 value（分档依据的数值）");
        }

        var max = YamlReader.Node(p, "max") is { } m ? r.Number(m, "满分") : null;
        if (max is null)
        {
            r.Error(YamlReader.LineOf(p), $"评分项 “{id}” 缺少满分（max）");
        }
        else if (bands.Any(b => b.MaxPoints > max) || expert?.Item2 > max)
        {
            r.Error(YamlReader.LineOf(p), $"评分项 “{id}” 的分值超过满分 {max}");
        }

        return new ScorePart(id, r.Text(p, "name", "评分项名称") ?? "", max ?? 0, value, ReadUnit(r, p), bands, points, expert, YamlReader.LineOf(p));
    }

    private static Band ReadBand(YamlReader r, YamlMappingNode b)
    {
        r.OnlyKeys(b, "from", "when", "points");
        var from = YamlReader.Node(b, "from") is { } f ? r.Number(f, "分档下限") : null;
        var when = r.Expression(b, "when", "分档条件", required: false);
        decimal lo = 0, hi = 0;
        switch (YamlReader.Node(b, "points"))
        {
            case YamlSequenceNode { Children.Count: 2 } range:
                lo = r.Number(range[0], "分值下限") ?? 0;
                hi = r.Number(range[1], "分值上限") ?? 0;
                break;
            case YamlScalarNode n:
                lo = hi = r.Number(n, "分值") ?? 0;
                break;
            default:
                r.Error(YamlReader.LineOf(b), "分档须写出 points（分值，或区间 [下限, 上限]）");
                break;
        }

        return new Band(from, when, lo, hi, YamlReader.LineOf(b));
    }
}
