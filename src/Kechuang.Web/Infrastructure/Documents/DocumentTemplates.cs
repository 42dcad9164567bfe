using Microsoft.Extensions.Options;

namespace Kechuang.Web.Infrastructure.Documents;

/// <summary>Settings under <c>Documents</c>.</summary>
public sealed class DocumentOptions
{
    /// <summary>
    /// A folder whose .docx files replace the shipped templates of the same name (the bureau edits its copies in Word).
    /// Relative paths are taken from the app's content root. Empty: only the shipped templates.
    /// </summary>
    public string? TemplateDirectory { get; set; }

    /// <summary>发文单位 printed on documents that need one.</summary>
    public string Issuer { get; set; } = "银川市科学技术局";
}

/// <summary>
/// Finds a template by file name — first in <see cref="DocumentOptions.TemplateDirectory"/>, then among the shipped ones
/// (<c>Templates/</c> beside the app) — and renders it with <see cref="DocxTemplate"/>.
/// </summary>
public sealed class DocumentTemplates(string shippedDirectory, string? overrideDirectory)
{
    public const string ShippedFolder = "Templates";

    public string? OverrideDirectory => overrideDirectory;

    /// <summary>Fills the template; throws <see cref="DocumentTemplateException"/> naming every placeholder it could not fill.</summary>
    public byte[] Render(string templateName, DocumentData data) => DocxTemplate.Render(Read(templateName), data, templateName);

    /// <summary>The fields and lists the template (as it would be used now, override included) asks for.</summary>
    public TemplateFields Describe(string templateName) => DocxTemplate.Describe(Read(templateName), templateName);

    /// <summary>Where the template is read from: the override when the bureau supplied one, otherwise the shipped file.</summary>
    public string PathOf(string templateName)
    {
        if (templateName.Length == 0 || Path.GetFileName(templateName) != templateName || !templateName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Template names are plain .docx file names: '{templateName}'", nameof(templateName));
        }

        if (overrideDirectory is { Length: > 0 } dir && File.Exists(Path.Combine(dir, templateName)))
        {
            return Path.Combine(dir, templateName);
        }

        var shipped = Path.Combine(shippedDirectory, templateName);
        return File.Exists(shipped) ? shipped : throw new FileNotFoundException($"No template '{templateName}' in {shippedDirectory}", shipped);
    }

    private byte[] Read(string templateName) => File.ReadAllBytes(PathOf(templateName));
}

public static class DocumentTemplatesRegistration
{
    public static IServiceCollection AddDocumentTemplates(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DocumentOptions>(configuration.GetSection("Documents"));
        return services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DocumentOptions>>().Value;
            var overrides = options.TemplateDirectory is { Length: > 0 } dir
                ? Path.GetFullPath(dir, sp.GetRequiredService<IHostEnvironment>().ContentRootPath)
                : null;
            return new DocumentTemplates(Path.Combine(AppContext.BaseDirectory, DocumentTemplates.ShippedFolder), overrides);
        });
    }
}
