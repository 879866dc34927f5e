namespace Asivado.Domain.Contacts;

/// <summary>Whether a free-text field may break lines: names and subjects are one line, descriptions and reasons may be many.</summary>
public enum TextLayout
{
    /// <summary>Names, subjects, who told the customer: no line breaks or tabs.</summary>
    SingleLine = 1,

    /// <summary>Descriptions, transcriptions, postal addresses, reasons, notes, summaries: line breaks and tabs allowed.</summary>
    MultiLine,
}
