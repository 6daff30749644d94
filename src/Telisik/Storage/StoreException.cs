namespace Telisik.Storage;

/// <summary>The store cannot be used (not a Telisik store, newer schema, unreadable file). The message is for the user.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
