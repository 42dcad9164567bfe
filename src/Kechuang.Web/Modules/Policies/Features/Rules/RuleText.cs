using Kechuang.Rules.Loading;
using Kechuang.Rules.Model;
using Kechuang.Web.Infrastructure.Errors;

namespace Kechuang.Web.Modules.Policies.Features.Rules;

/// <summary>Checks rule text typed by staff: every problem comes back as a field message naming its line, nothing is stored until all pass.</summary>
internal static class RuleText
{
    public const string Field = "yaml";

    public static RuleSet Parse(string ruleSetId, string yaml)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            throw Invalid(["请填写规则内容"]);
        }

        if (yaml.Length > Domain.RuleSetVersion.YamlMaxLength)
        {
            throw Invalid([$"规则内容过长（不超过 {Domain.RuleSetVersion.YamlMaxLength} 个字符）"]);
        }

        RuleSet rules;
        try
        {
            rules = RuleSetLoader.Load($"{ruleSetId}.yaml", yaml);
        }
        catch (RuleSetException e)
        {
            throw Invalid(e.Errors.Select(x => x.ToString()).ToArray());
        }

        return rules.Id == ruleSetId ? rules : throw Invalid([$"规则集编号（id）应为 “{ruleSetId}”：新版本不能改变规则集编号"]);
    }

    public static FieldValidationException Invalid(string[] messages) => new(new Dictionary<string, string[]> { [Field] = messages });
}
