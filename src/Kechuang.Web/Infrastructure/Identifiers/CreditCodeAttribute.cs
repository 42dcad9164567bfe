using System.ComponentModel.DataAnnotations;

namespace Kechuang.Web.Infrastructure.Identifiers;

/// <summary>Validates a 统一社会信用代码 with its check character; the message says what is wrong.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CreditCodeAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        var problem = CreditCode.Check(CreditCode.Normalise(value as string));
        return problem is null ? ValidationResult.Success : new ValidationResult(problem, context.MemberName is { } m ? [m] : null);
    }
}
