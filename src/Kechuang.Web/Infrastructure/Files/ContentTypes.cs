namespace Kechuang.Web.Infrastructure.Files;

/// <summary>The media types of the files Kechuang serves, named once.</summary>
public static class ContentTypes
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
