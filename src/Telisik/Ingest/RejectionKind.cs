namespace Telisik.Ingest;

/// <summary>Why an input was not stored.</summary>
public enum RejectionKind
{
    /// <summary>The file or record has no text at all.</summary>
    Empty,
    /// <summary>The bytes are not text (NUL bytes, control characters).</summary>
    Binary,
    /// <summary>The input exceeds a size limit.</summary>
    TooLarge,
    /// <summary>A JSONL line that is not a JSON object.</summary>
    MalformedJson,
    /// <summary>A JSONL record without a usable text field.</summary>
    MissingText,
    /// <summary>A field has an unusable value (e.g. a date that does not parse).</summary>
    InvalidField,
    /// <summary>After cleaning, too little text remains to be an article.</summary>
    NotAnArticle,
    /// <summary>The same content is already stored under another id.</summary>
    Duplicate,
    /// <summary>The input could not be opened or read.</summary>
    Unreadable,
}
