using Kechuang.Web.Infrastructure.Errors;

namespace Kechuang.Web.Infrastructure.Documents;

/// <summary>
/// A template asks for something the data does not have (a typo in the template or in the caller), or has a broken
/// placeholder. Nothing is produced: a document with <c>{{项目名称}}</c> left in it must never go out. A rule violation
/// (422 with this message, shown on the page), so whoever edited the template sees which names to fix.
/// </summary>
public sealed class DocumentTemplateException(string template, IReadOnlyList<string> problems)
    : DomainRuleException($"文书模板“{template}”无法生成：{string.Join("；", problems)}。请检查模板中的占位符是否拼写正确")
{
    public string Template { get; } = template;

    /// <summary>Each problem, e.g. "未知的占位符 {{项目名词}}".</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
