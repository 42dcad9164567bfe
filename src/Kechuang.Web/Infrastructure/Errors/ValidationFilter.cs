using System.ComponentModel.DataAnnotations;

namespace Kechuang.Web.Infrastructure.Errors;

/// <summary>
/// Validates request bodies with their DataAnnotations (the same attributes the Blazor forms use),
/// so a rule is written once and both the API and the UI show its Chinese message.
/// </summary>
public sealed class ValidationFilter<T> : IEndpointFilter where T : class
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var body = context.Arguments.OfType<T>().FirstOrDefault();
        if (body is null)
        {
            return TypedResults.Problem(title: "请求格式不正确", detail: "缺少请求内容", statusCode: StatusCodes.Status400BadRequest);
        }

        var errors = Validation.Validate(body);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors, title: "提交的数据有误") : await next(context);
    }
}

public static class Validation
{
    public static Dictionary<string, string[]> Validate(object model)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(model, new ValidationContext(model), results, validateAllProperties: true);
        return results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Member: JsonName(m), r.ErrorMessage ?? "无效")))
            .GroupBy(x => x.Member)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Item2).Distinct().ToArray());
    }

    /// <summary>For handlers called from both a page and the API: refuses an invalid model with its field messages (400).</summary>
    public static void Throw(object model)
    {
        var errors = Validate(model);
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }
    }

    public static RouteHandlerBuilder Validated<T>(this RouteHandlerBuilder builder) where T : class =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();

    private static string JsonName(string member) =>
        member.Length == 0 ? member : char.ToLowerInvariant(member[0]) + member[1..];
}
