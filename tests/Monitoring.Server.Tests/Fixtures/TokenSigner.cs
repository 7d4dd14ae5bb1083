namespace Monitoring.Server.Tests.Fixtures;

/// <summary>Which key signs a test token: the configured symmetric key, the configured RSA key, or one the host does not know.</summary>
public enum TokenSigner
{
    Symmetric,
    Rsa,
    Stranger,
}
