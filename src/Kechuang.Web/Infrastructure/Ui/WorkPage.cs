using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;

namespace Kechuang.Web.Infrastructure.Ui;

/// <summary>
/// Base for interactive work pages. Each operation runs in its own DI scope — a fresh DbContext, like an
/// HTTP request — with <see cref="CurrentUser"/> set from the circuit's user, and the same handlers the API uses.
/// Rule violations become a message on the page; field errors are handed back for the form to show.
/// </summary>
public abstract class WorkPage : ComponentBase
{
    [Inject] private IServiceScopeFactory ScopeFactory { get; set; } = default!;

    [Inject] protected ISnackbar Snackbar { get; set; } = default!;

    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    [Inject] protected IJSRuntime Js { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    /// <summary>Field messages of the last failed operation, keyed by camel-case field name.</summary>
    protected IDictionary<string, string[]> FieldErrors { get; private set; } = new Dictionary<string, string[]>();

    protected async Task<CurrentUser> UserAsync()
    {
        var user = new CurrentUser();
        user.Set((await AuthenticationState).User);
        return user;
    }

    /// <summary>Runs a handler; returns default and shows the reason when a rule, permission or validation stops it.</summary>
    protected async Task<T?> Run<THandler, T>(Func<THandler, Task<T>> action) where THandler : notnull
    {
        FieldErrors = new Dictionary<string, string[]>();
        var state = await AuthenticationState;
        await using var scope = ScopeFactory.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(state.User);
        try
        {
            return await action(scope.ServiceProvider.GetRequiredService<THandler>());
        }
        catch (FieldValidationException e)
        {
            FieldErrors = e.Errors;
            Snackbar.Add(e.Message, Severity.Error);
        }
        catch (DomainRuleException e)
        {
            Snackbar.Add(e.Message, Severity.Error);
        }
        catch (UnauthorizedAccessException e)
        {
            Snackbar.Add(e is ForbiddenException ? e.Message : "您没有执行此操作的权限", Severity.Error);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            Snackbar.Add(ProblemExceptionHandler.ConcurrencyMessage, Severity.Error);
        }
        catch (Exception e) when (ProblemExceptionHandler.IsUniqueViolation(e))
        {
            Snackbar.Add(ProblemExceptionHandler.UniqueMessage, Severity.Error);
        }

        return default;
    }

    protected Task<bool> Run<THandler>(Func<THandler, Task> action) where THandler : notnull =>
        Run<THandler, bool>(async h =>
        {
            await action(h);
            return true;
        });

    /// <summary>Checks a form's field rules before calling a handler; shows the messages and returns false when any fails.</summary>
    protected bool Validate(object form)
    {
        FieldErrors = Validation.Validate(form);
        if (FieldErrors.Count == 0)
        {
            return true;
        }

        Snackbar.Add(string.Join("；", FieldErrors.SelectMany(e => e.Value)), Severity.Error);
        return false;
    }

    /// <summary>The first message for a field, for a form's error text.</summary>
    protected string? ErrorFor(string field) =>
        FieldErrors.TryGetValue(field, out var messages) && messages.Length > 0 ? messages[0] : null;

    protected async Task DownloadAsync(string fileName, string contentType, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var reference = new DotNetStreamReference(stream);
        await Js.InvokeVoidAsync("kechuang.download", fileName, contentType, reference);
    }
}
