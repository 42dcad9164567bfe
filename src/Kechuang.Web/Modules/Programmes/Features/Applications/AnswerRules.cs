using System.Globalization;
using Kechuang.Web.Modules.Programmes.Domain;

namespace Kechuang.Web.Modules.Programmes.Features.Applications;

/// <summary>One answer against its configured field: length, number, date, choice. Emptiness is the submission's concern.</summary>
public static class AnswerRules
{
    public static string? Problem(FormField field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        return field.Kind switch
        {
            _ when value.Length > field.MaxLength => $"“{field.Label}”不能超过 {field.MaxLength} 个字",
            FieldKind.Number when !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _) => $"“{field.Label}”须填写数字",
            FieldKind.Date when !DateOnly.TryParseExact(value, "yyyy-MM-dd", out _) => $"“{field.Label}”须为 yyyy-MM-dd 格式的日期",
            FieldKind.Choice when !field.OptionList.Contains(value) => $"“{field.Label}”须从 {string.Join("、", field.OptionList)} 中选择",
            _ => null,
        };
    }
}
