// Same-shaped stub of the public API of the Alexa.NET package (timheuer/alexa-skills-dotnet, 1.22.x).
// Declarations only; bodies return defaults. Newtonsoft.Json types in signatures are replaced by object.
#pragma warning disable
namespace Alexa.NET
{
    public static class ConfirmationStatus
    {
        public const string None = "NONE";
        public const string Confirmed = "CONFIRMED";
        public const string Denied = "DENIED";
    }
    public class ConnectionStatus
    {
        public ConnectionStatus() { }
        public ConnectionStatus(int code, string message) { }
        public int Code { get; set; }
        public string Message { get; set; }
    }
    public class ResponseBuilder
    {
        public static global::Alexa.NET.Response.SkillResponse Tell(global::Alexa.NET.Response.IOutputSpeech speechResponse) => default!;
        public static global::Alexa.NET.Response.SkillResponse Tell(string speechResponse) => default!;
        public static global::Alexa.NET.Response.SkillResponse Tell(global::Alexa.NET.Response.Ssml.Speech speechResponse) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithReprompt(
            global::Alexa.NET.Response.IOutputSpeech speechResponse,
            global::Alexa.NET.Response.Reprompt reprompt) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithReprompt(
            string speechResponse,
            global::Alexa.NET.Response.Reprompt reprompt) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithReprompt(
            global::Alexa.NET.Response.Ssml.Speech speechResponse,
            global::Alexa.NET.Response.Reprompt reprompt) => default!;
        public static global::Alexa.NET.Response.SkillResponse Tell(
            global::Alexa.NET.Response.IOutputSpeech speechResponse,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse Tell(string speechResponse, global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse Tell(
            global::Alexa.NET.Response.Ssml.Speech speechResponse,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithReprompt(
            global::Alexa.NET.Response.IOutputSpeech speechResponse,
            global::Alexa.NET.Response.Reprompt reprompt,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithReprompt(
            string speechResponse,
            global::Alexa.NET.Response.Reprompt reprompt,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithReprompt(
            global::Alexa.NET.Response.Ssml.Speech speechResponse,
            global::Alexa.NET.Response.Reprompt reprompt,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithCard(
            global::Alexa.NET.Response.IOutputSpeech speechResponse,
            string title,
            string content) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithCard(string speechResponse, string title, string content) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithCard(
            global::Alexa.NET.Response.Ssml.Speech speechResponse,
            string title,
            string content) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithCard(
            global::Alexa.NET.Response.IOutputSpeech speechResponse,
            string title,
            string content,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithCard(
            string speechResponse,
            string title,
            string content,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithCard(
            global::Alexa.NET.Response.Ssml.Speech speechResponse,
            string title,
            string content,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithLinkAccountCard(global::Alexa.NET.Response.IOutputSpeech speechResponse) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithLinkAccountCard(
            global::Alexa.NET.Response.IOutputSpeech speechResponse,
            string title,
            string content) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithLinkAccountCard(
            global::Alexa.NET.Response.IOutputSpeech speechResponse,
            string title,
            string content,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithLinkAccountCard(string speechResponse) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithLinkAccountCard(global::Alexa.NET.Response.Ssml.Speech speechResponse) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithLinkAccountCard(
            global::Alexa.NET.Response.IOutputSpeech speechResponse,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithLinkAccountCard(
            string speechResponse,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithLinkAccountCard(
            global::Alexa.NET.Response.Ssml.Speech speechResponse,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithAskForPermissionsConsentCard(
            global::Alexa.NET.Response.IOutputSpeech speechResponse,
            global::System.Collections.Generic.IEnumerable<string> permissions) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithAskForPermissionConsentCard(
            string speechResponse,
            global::System.Collections.Generic.IEnumerable<string> permissions) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithAskForPermissionConsentCard(
            global::Alexa.NET.Response.Ssml.Speech speechResponse,
            global::System.Collections.Generic.IEnumerable<string> permissions) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithAskForPermissionsConsentCard(
            global::Alexa.NET.Response.IOutputSpeech speechResponse,
            global::System.Collections.Generic.IEnumerable<string> permissions,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithAskForPermissionConsentCard(
            string speechResponse,
            global::System.Collections.Generic.IEnumerable<string> permissions,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse TellWithAskForPermissionConsentCard(
            global::Alexa.NET.Response.Ssml.Speech speechResponse,
            global::System.Collections.Generic.IEnumerable<string> permissions,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse Ask(
            global::Alexa.NET.Response.IOutputSpeech speechResponse,
            global::Alexa.NET.Response.Reprompt reprompt) => default!;
        public static global::Alexa.NET.Response.SkillResponse Ask(string speechResponse, global::Alexa.NET.Response.Reprompt reprompt) => default!;
        public static global::Alexa.NET.Response.SkillResponse Ask(
            global::Alexa.NET.Response.Ssml.Speech speechResponse,
            global::Alexa.NET.Response.Reprompt reprompt) => default!;
        public static global::Alexa.NET.Response.SkillResponse Ask(
            global::Alexa.NET.Response.IOutputSpeech speechResponse,
            global::Alexa.NET.Response.Reprompt reprompt,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse Ask(
            string speechResponse,
            global::Alexa.NET.Response.Reprompt reprompt,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse Ask(
            global::Alexa.NET.Response.Ssml.Speech speechResponse,
            global::Alexa.NET.Response.Reprompt reprompt,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse AskWithCard(
            global::Alexa.NET.Response.IOutputSpeech speechResponse,
            string title,
            string content,
            global::Alexa.NET.Response.Reprompt reprompt) => default!;
        public static global::Alexa.NET.Response.SkillResponse AskWithCard(
            string speechResponse,
            string title,
            string content,
            global::Alexa.NET.Response.Reprompt reprompt) => default!;
        public static global::Alexa.NET.Response.SkillResponse AskWithCard(
            global::Alexa.NET.Response.Ssml.Speech speechResponse,
            string title,
            string content,
            global::Alexa.NET.Response.Reprompt reprompt) => default!;
        public static global::Alexa.NET.Response.SkillResponse AskWithCard(
            global::Alexa.NET.Response.IOutputSpeech speechResponse,
            string title,
            string content,
            global::Alexa.NET.Response.Reprompt reprompt,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse AskWithCard(
            string speechResponse,
            string title,
            string content,
            global::Alexa.NET.Response.Reprompt reprompt,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse AskWithCard(
            global::Alexa.NET.Response.Ssml.Speech speechResponse,
            string title,
            string content,
            global::Alexa.NET.Response.Reprompt reprompt,
            global::Alexa.NET.Request.Session sessionAttributes) => default!;
        public static global::Alexa.NET.Response.SkillResponse AudioPlayerPlay(
            global::Alexa.NET.Response.Directive.PlayBehavior playBehavior,
            string url,
            string token) => default!;
        public static global::Alexa.NET.Response.SkillResponse AudioPlayerPlay(
            global::Alexa.NET.Response.Directive.PlayBehavior playBehavior,
            string url,
            string token,
            int offsetInMilliseconds) => default!;
        public static global::Alexa.NET.Response.SkillResponse AudioPlayerPlay(
            global::Alexa.NET.Response.Directive.PlayBehavior playBehavior,
            string url,
            string token,
            string expectedPreviousToken,
            int offsetInMilliseconds) => default!;
        public static global::Alexa.NET.Response.SkillResponse AudioPlayerStop() => default!;
        public static global::Alexa.NET.Response.SkillResponse AudioPlayerClearQueue(
            global::Alexa.NET.Response.Directive.ClearBehavior clearBehavior) => default!;
        public static global::Alexa.NET.Response.SkillResponse DialogDelegate(global::Alexa.NET.Request.Intent updatedIntent = null) => default!;
        public static global::Alexa.NET.Response.SkillResponse DialogDelegate(
            global::Alexa.NET.Request.Session attributes,
            global::Alexa.NET.Request.Intent updatedIntent = null) => default!;
        public static global::Alexa.NET.Response.SkillResponse DialogElicitSlot(
            global::Alexa.NET.Response.IOutputSpeech outputSpeech,
            string slotName,
            global::Alexa.NET.Request.Intent updatedIntent = null) => default!;
        public static global::Alexa.NET.Response.SkillResponse DialogElicitSlot(
            global::Alexa.NET.Response.IOutputSpeech outputSpeech,
            string slotName,
            global::Alexa.NET.Request.Session attributes,
            global::Alexa.NET.Request.Intent updatedIntent = null) => default!;
        public static global::Alexa.NET.Response.SkillResponse DialogConfirmSlot(
            global::Alexa.NET.Response.IOutputSpeech outputSpeech,
            string slotName,
            global::Alexa.NET.Request.Intent updatedIntent = null) => default!;
        public static global::Alexa.NET.Response.SkillResponse DialogConfirmSlot(
            global::Alexa.NET.Response.IOutputSpeech outputSpeech,
            string slotName,
            global::Alexa.NET.Request.Session attributes,
            global::Alexa.NET.Request.Intent updatedIntent = null) => default!;
        public static global::Alexa.NET.Response.SkillResponse DialogConfirmIntent(
            global::Alexa.NET.Response.IOutputSpeech outputSpeech,
            global::Alexa.NET.Request.Intent updatedIntent = null) => default!;
        public static global::Alexa.NET.Response.SkillResponse DialogConfirmIntent(
            global::Alexa.NET.Response.IOutputSpeech outputSpeech,
            global::Alexa.NET.Request.Session attributes,
            global::Alexa.NET.Request.Intent updatedIntent = null) => default!;
        public static global::Alexa.NET.Response.SkillResponse Empty() => default!;
    }
}
namespace Alexa.NET.ConnectionTasks
{
    public class ConnectionTaskContext
    {
        public string ProviderId { get; set; }
    }
    public interface IConnectionTask
    {
        string ConnectionUri { get; }
    }
    public static class IConnectionTaskExtensions
    {
        public static global::Alexa.NET.Response.Directive.StartConnectionDirective ToConnectionDirective(
            this global::Alexa.NET.ConnectionTasks.IConnectionTask task,
            string token = null) => default!;
    }
}
namespace Alexa.NET.ConnectionTasks.Inputs
{
    public class PinConfirmation : global::Alexa.NET.ConnectionTasks.IConnectionTask
    {
        public const string AssociatedUri = "connection://AMAZON.VerifyPerson/2";
        public string ConnectionUri { get; }
        public global::Alexa.NET.Request.AuthenticationConfidenceLevel RequestedAuthenticationConfidenceLevel { get; }
    }
    public class PinConfirmationConverter : global::Alexa.NET.Request.Type.IConnectionTaskConverter
    {
        public bool CanConvert(object jObject) => default!;
        public global::Alexa.NET.ConnectionTasks.IConnectionTask Convert(object jObject) => default!;
        public static void AddToConnectionTaskConverters() { }
        public static global::Alexa.NET.ConnectionTasks.Inputs.PinConfirmationResult ResultFromSessionResumed(
            global::Alexa.NET.Request.Type.SessionResumedRequest request) => default!;
    }
    public enum PinConfirmationReason
    {
        MethodLockout = 0,
        VerificationMethodNotSetup = 1,
        NotMatch = 2,
    }
    public class PinConfirmationResult
    {
        public global::Alexa.NET.ConnectionTasks.Inputs.PinConfirmationStatus Status { get; set; }
        public global::Alexa.NET.ConnectionTasks.Inputs.PinConfirmationReason Reason { get; set; }
    }
    public enum PinConfirmationStatus
    {
        Achieved = 0,
        NotAchieved = 1,
        NotEnabled = 2,
    }
    public class PostalAddress
    {
        public string Type { get; }
        public string Version = default!;
        public string StreetAddress { get; set; }
        public string Locality { get; set; }
        public string Region { get; set; }
        public string PostalCode { get; set; }
        public string Country { get; set; }
    }
    public class PrintImageV1 : global::Alexa.NET.ConnectionTasks.IConnectionTask
    {
        public const string AssociatedUri = "connection://AMAZON.PrintImage/1";
        public string ConnectionUri { get; }
        public string Type { get; }
        public string Version { get; }
        public global::Alexa.NET.ConnectionTasks.ConnectionTaskContext Context { get; set; }
        public string Title { get; set; }
        public string Description { get; set; }
        public global::Alexa.NET.ConnectionTasks.Inputs.PrintImageV1Type ImageV1Type { get; set; }
        public string Url { get; set; }
    }
    public enum PrintImageV1Type
    {
        JPG = 0,
        JPEG = 1,
    }
    public class PrintPdfV1 : global::Alexa.NET.ConnectionTasks.IConnectionTask
    {
        public const string AssociatedUri = "connection://AMAZON.PrintPDF/1";
        public string ConnectionUri { get; }
        public string Type { get; }
        public global::Alexa.NET.ConnectionTasks.ConnectionTaskContext Context { get; set; }
        public string Version { get; }
        public string Title { get; set; }
        public string Description { get; set; }
        public string Url { get; set; }
    }
    public class PrintWebPageV1 : global::Alexa.NET.ConnectionTasks.IConnectionTask
    {
        public const string AssociatedUri = "connection://AMAZON.PrintWebPage/1";
        public string ConnectionUri { get; }
        public string Type { get; }
        public global::Alexa.NET.ConnectionTasks.ConnectionTaskContext Context { get; set; }
        public string Version { get; }
        public string Title { get; set; }
        public string Description { get; set; }
        public string Url { get; set; }
    }
    public class Restaurant
    {
        public string Type { get; }
        public string Version { get; }
        public string Name { get; set; }
        public global::Alexa.NET.ConnectionTasks.Inputs.PostalAddress Location { get; set; }
    }
    public class ScheduleFoodEstablishmentReservation : global::Alexa.NET.ConnectionTasks.IConnectionTask
    {
        public const string AssociatedUri = "connection://AMAZON.ScheduleFoodEstablishmentReservation/1";
        public string ConnectionUri { get; }
        public string Type { get; }
        public string Version { get; }
        public global::Alexa.NET.ConnectionTasks.ConnectionTaskContext Context { get; set; }
        public int PartySize { get; set; }
        public global::System.DateTime? StartTime { get; set; }
        public global::Alexa.NET.ConnectionTasks.Inputs.Restaurant Restaurant { get; set; }
    }
    public class ScheduleTaxiReservation : global::Alexa.NET.ConnectionTasks.IConnectionTask
    {
        public const string AssociatedUri = "connection://AMAZON.ScheduleTaxiReservation/1";
        public string ConnectionUri { get; }
        public string Type { get; }
        public string Version { get; }
        public global::Alexa.NET.ConnectionTasks.ConnectionTaskContext Context { get; set; }
        public int PartySize { get; set; }
        public global::Alexa.NET.ConnectionTasks.Inputs.PostalAddress PickupLocation { get; set; }
        public global::Alexa.NET.ConnectionTasks.Inputs.PostalAddress DropoffLocation { get; set; }
        public global::System.DateTime? PickupTime { get; set; }
    }
}
namespace Alexa.NET.Helpers
{
    public class MixedDateTimeConverter
    {
        public virtual void WriteJson(object writer, object value, object serializer) { }
        public virtual object ReadJson(object reader, global::System.Type objectType, object existingValue, object serializer) => default!;
    }
}
namespace Alexa.NET.Request
{
    public class Application
    {
        public string ApplicationId { get; set; }
    }
    public class AuthenticationConfidenceLevel
    {
        public int Level { get; set; }
        public global::Alexa.NET.Request.AuthenticationConfidenceLevelCustomPolicy Custom { get; set; }
    }
    public class AuthenticationConfidenceLevelCustomPolicy
    {
        public AuthenticationConfidenceLevelCustomPolicy() { }
        public AuthenticationConfidenceLevelCustomPolicy(string policyName) { }
        public string PolicyName { get; set; }
    }
    public class Context
    {
        public global::Alexa.NET.Request.AlexaSystem System { get; set; }
        public global::Alexa.NET.Request.Type.PlaybackState AudioPlayer { get; set; }
        public global::Alexa.NET.Request.Geolocation Geolocation { get; set; }
    }
    public class Device
    {
        public string DeviceID { get; set; }
        public global::System.Collections.Generic.Dictionary<string, object> SupportedInterfaces { get; set; }
        public bool IsInterfaceSupported(string interfaceName) => default!;
        public string PersistentEndpointID { get; set; }
    }
    public class Geolocation
    {
        public global::Alexa.NET.Request.Type.LocationServices LocationServices { get; set; }
        public global::System.DateTimeOffset Timestamp { get; set; }
        public global::Alexa.NET.Request.Type.GeolocationCoordinate Coordinate { get; set; }
        public global::Alexa.NET.Request.Type.GeolocationAltitude Altitude { get; set; }
        public global::Alexa.NET.Request.Type.GeolocationHeading Heading { get; set; }
        public global::Alexa.NET.Request.Type.GeolocationSpeed Speed { get; set; }
    }
    public class Intent
    {
        public string Name { get; set; }
        public global::Alexa.NET.Request.IntentSignature Signature { get; private set; }
        public string ConfirmationStatus { get; set; }
        public global::System.Collections.Generic.Dictionary<string, global::Alexa.NET.Request.Slot> Slots { get; set; }
    }
    public class IntentProperty
    {
        public IntentProperty(string entity, string property) { }
        public string Entity { get; }
        public string Property { get; }
    }
    public sealed class IntentSignature
    {
        private IntentSignature() { }
        public string FullName { get; private set; }
        public string Namespace { get; private set; }
        public string Action { get; private set; }
        public global::System.Collections.ObjectModel.ReadOnlyDictionary<string, global::Alexa.NET.Request.IntentProperty> Properties { get; private set; }
        public static implicit operator global::Alexa.NET.Request.IntentSignature(string action) => default!;
        public override int GetHashCode() => default!;
        public override bool Equals(object obj) => default!;
        public static global::Alexa.NET.Request.IntentSignature Parse(string action) => default!;
    }
    public class Permissions
    {
        public string ConsentToken { get; set; }
        public global::System.Collections.Generic.Dictionary<string, global::Alexa.NET.Request.Scope> Scopes { get; set; }
    }
    public class Person
    {
        public string PersonId { get; set; }
        public string AccessToken { get; set; }
        public global::Alexa.NET.Request.AuthenticationConfidenceLevel AuthenticationConfidenceLevel { get; set; }
    }
    public static class RequestVerification
    {
        public static bool RequestTimestampWithinTolerance(global::Alexa.NET.Request.SkillRequest request) => default!;
        public static bool RequestTimestampWithinTolerance(global::System.DateTime timestamp) => default!;
        public static global::System.Threading.Tasks.Task<bool> Verify(
            string encodedSignature,
            global::System.Uri certificatePath,
            string body,
            global::System.Func<global::System.Uri,
                global::System.Threading.Tasks.Task<global::System.Security.Cryptography.X509Certificates.X509Certificate2>> getCertificate = null) => default!;
        public static bool Verify(
            string encodedSignature,
            global::System.Security.Cryptography.X509Certificates.X509Certificate2 certificate,
            string body) => default!;
        public static bool AssertHashMatch(
            global::System.Security.Cryptography.X509Certificates.X509Certificate2 certificate,
            string encodedSignature,
            string body) => default!;
        public static global::System.Threading.Tasks.Task<global::System.Security.Cryptography.X509Certificates.X509Certificate2> GetCertificate(
            global::System.Uri certificatePath) => default!;
        public static bool VerifyChain(global::System.Security.Cryptography.X509Certificates.X509Certificate2 certificate) => default!;
        public static bool VerifyCertificateUrl(global::System.Uri certificate) => default!;
    }
    public class Resolution
    {
        public global::Alexa.NET.Request.ResolutionAuthority[] Authorities { get; set; }
    }
    public class ResolutionAuthority
    {
        public string Name { get; set; }
        public global::Alexa.NET.Request.ResolutionStatus Status { get; set; }
        public global::Alexa.NET.Request.ResolutionValueContainer[] Values { get; set; }
    }
    public class ResolutionStatus
    {
        public string Code { get; set; }
    }
    public static class ResolutionStatusCode
    {
        public const string SuccessfulMatch = "ER_SUCCESS_MATCH";
        public const string NoMatch = "ER_SUCCESS_NO_MATCH";
        public const string Timeout = "ER_ERROR_TIMEOUT";
        public const string Exception = "ER_ERROR_EXCEPTION";
    }
    public class ResolutionValue
    {
        public string Name { get; set; }
        public string Id { get; set; }
    }
    public class ResolutionValueContainer
    {
        public global::Alexa.NET.Request.ResolutionValue Value { get; set; }
    }
    public class Scope
    {
        public string Status { get; set; }
    }
    public class Session
    {
        public bool New { get; set; }
        public string SessionId { get; set; }
        public global::System.Collections.Generic.Dictionary<string, object> Attributes { get; set; }
        public global::Alexa.NET.Request.Application Application { get; set; }
        public global::Alexa.NET.Request.User User { get; set; }
    }
    public class SkillRequest
    {
        public string Version { get; set; }
        public global::Alexa.NET.Request.Session Session { get; set; }
        public global::Alexa.NET.Request.Context Context { get; set; }
        public global::Alexa.NET.Request.Type.Request Request { get; set; }
        public global::System.Type GetRequestType() => default!;
    }
    public class Slot
    {
        public string Name { get; set; }
        public string Value { get; set; }
        public string ConfirmationStatus { get; set; }
        public string Source { get; set; }
        public global::Alexa.NET.Request.Resolution Resolution { get; set; }
        public global::Alexa.NET.Request.SlotValue SlotValue { get; set; }
    }
    public class SlotValue
    {
        public global::Alexa.NET.Request.SlotValueType SlotType { get; set; }
        public string Value { get; set; }
        public global::Alexa.NET.Request.SlotValue[] Values { get; set; }
        public global::Alexa.NET.Request.Resolution Resolutions { get; set; }
    }
    public enum SlotValueType
    {
        Simple = 0,
        List = 1,
    }
    public static class SupportedInterfaces
    {
        public const string Display = "Display";
        public const string AudioPlayer = "AudioPlayer";
        public const string VideoApp = "VideoApp";
    }
    public class AlexaSystem
    {
        public string ApiAccessToken { get; set; }
        public string ApiEndpoint { get; set; }
        public global::Alexa.NET.Request.Application Application { get; set; }
        public global::Alexa.NET.Request.Person Person { get; set; }
        public global::Alexa.NET.Request.User User { get; set; }
        public global::Alexa.NET.Request.Device Device { get; set; }
        public global::Alexa.NET.Request.Unit Unit { get; set; }
    }
    public class Unit
    {
        public string UnitID { get; set; }
        public string PersistentUnitID { get; set; }
    }
    public class User
    {
        public string UserId { get; set; }
        public string AccessToken { get; set; }
        public global::Alexa.NET.Request.Permissions Permissions { get; set; }
    }
}
namespace Alexa.NET.Request.Type
{
    public class AccountLinkSkillEventDetail
    {
        public string AccessToken { get; set; }
    }
    public class AccountLinkSkillEventRequest : global::Alexa.NET.Request.Type.SkillEventRequest
    {
        public global::Alexa.NET.Request.Type.AccountLinkSkillEventDetail Body { get; set; }
    }
    public class AskForPermissionRequest :
        global::Alexa.NET.Request.Type.ConnectionResponseRequest<global::Alexa.NET.Request.Type.AskForPermissionRequestPayload>
    {
    }
    public class AskForPermissionRequestPayload
    {
        public string PermissionScope { get; set; }
        public global::Alexa.NET.Request.Type.PermissionStatus Status { get; set; }
    }
    public enum PermissionStatus
    {
        Accepted = 0,
        Denied = 1,
        NotAccepted = 2,
    }
    public class AskForRequestHandler : global::Alexa.NET.Request.Type.IConnectionResponseHandler
    {
        public bool CanCreate(object data) => default!;
        public global::Alexa.NET.Request.Type.ConnectionResponseRequest Create(object data) => default!;
    }
    public class AudioPlayerRequest : global::Alexa.NET.Request.Type.Request
    {
        public string Token { get; set; }
        public long OffsetInMilliseconds { get; set; }
        public global::Alexa.NET.Request.Type.Error Error { get; set; }
        public global::Alexa.NET.Request.Type.PlaybackState CurrentPlaybackState { get; set; }
        public string EnqueuedToken { get; set; }
        public bool HasEnqueuedItem { get; }
        public global::Alexa.NET.Request.Type.AudioRequestType AudioRequestType { get; }
    }
    public enum AudioRequestType
    {
        PlaybackStarted = 0,
        PlaybackFinished = 1,
        PlaybackStopped = 2,
        PlaybackNearlyFinished = 3,
        PlaybackFailed = 4,
        Unknown = 5,
    }
    public class BuiltInIntent
    {
        public const string Cancel = "AMAZON.CancelIntent";
        public const string Help = "AMAZON.HelpIntent";
        public const string Stop = "AMAZON.StopIntent";
        public const string Yes = "AMAZON.YesIntent";
        public const string No = "AMAZON.NoIntent";
        public const string LoopOff = "AMAZON.LoopOffIntent";
        public const string LoopOn = "AMAZON.LoopOnIntent";
        public const string ShuffleOn = "AMAZON.ShuffleOnIntent";
        public const string ShuffleOff = "AMAZON.ShuffleOffIntent";
        public const string Next = "AMAZON.NextIntent";
        public const string Previous = "AMAZON.PreviousIntent";
        public const string Pause = "AMAZON.PauseIntent";
        public const string Repeat = "AMAZON.RepeatIntent";
        public const string Resume = "AMAZON.ResumeIntent";
        public const string StartOver = "AMAZON.StartOverIntent";
        public const string Fallback = "AMAZON.FallbackIntent";
    }
    public class ConnectionResponseRequest<T> : global::Alexa.NET.Request.Type.ConnectionResponseRequest
    {
        public T Payload { get; set; }
    }
    public class ConnectionResponseRequest : global::Alexa.NET.Request.Type.Request
    {
        public string Name { get; set; }
        public global::Alexa.NET.ConnectionStatus Status { get; set; }
        public string Token { get; set; }
    }
    public class ConnectionResponseTypeConverter : global::Alexa.NET.Request.Type.IDataDrivenRequestTypeConverter
    {
        public static global::System.Collections.Generic.List<global::Alexa.NET.Request.Type.IConnectionResponseHandler> Handlers = new
            global::System.Collections.Generic.List<global::Alexa.NET.Request.Type.IConnectionResponseHandler>(
            );
        public bool CanConvert(string requestType) => default!;
        public global::Alexa.NET.Request.Type.Request Convert(string requestType) => default!;
        public global::Alexa.NET.Request.Type.Request Convert(object data) => default!;
    }
    public class AudioPlayerRequestTypeConverter : global::Alexa.NET.Request.Type.IRequestTypeConverter
    {
        public bool CanConvert(string requestType) => default!;
        public global::Alexa.NET.Request.Type.Request Convert(string requestType) => default!;
    }
    public class DefaultRequestTypeConverter : global::Alexa.NET.Request.Type.IRequestTypeConverter
    {
        public bool CanConvert(string requestType) => default!;
        public global::Alexa.NET.Request.Type.Request Convert(string requestType) => default!;
    }
    public class PlaybackRequestTypeConverter : global::Alexa.NET.Request.Type.IRequestTypeConverter
    {
        public bool CanConvert(string requestType) => default!;
        public global::Alexa.NET.Request.Type.Request Convert(string requestType) => default!;
    }
    public class SkillConnectionRequestTypeConverter : global::Alexa.NET.Request.Type.IRequestTypeConverter
    {
        public bool CanConvert(string requestType) => default!;
        public global::Alexa.NET.Request.Type.Request Convert(string requestType) => default!;
    }
    public class SkillEventRequestTypeConverter : global::Alexa.NET.Request.Type.IRequestTypeConverter
    {
        public bool CanConvert(string requestType) => default!;
        public global::Alexa.NET.Request.Type.Request Convert(string requestType) => default!;
    }
    public class TemplateEventRequestTypeConverter : global::Alexa.NET.Request.Type.IRequestTypeConverter
    {
        public bool CanConvert(string requestType) => default!;
        public global::Alexa.NET.Request.Type.Request Convert(string requestType) => default!;
    }
    public static class DialogState
    {
        public const string Started = "STARTED";
        public const string InProgress = "IN_PROGRESS";
        public const string Completed = "COMPLETED";
    }
    public class DisplayElementSelectedRequest : global::Alexa.NET.Request.Type.Request
    {
        public string Token { get; set; }
    }
    public class Error
    {
        public global::Alexa.NET.Request.Type.ErrorType Type { get; set; }
        public string Message { get; set; }
    }
    public class ErrorCause
    {
        public string requestId { get; set; }
    }
    public enum ErrorType
    {
        InvalidResponse = 0,
        DeviceCommunicationError = 1,
        InternalError = 2,
        MediaErrorUnknown = 3,
        InvalidMediaRequest = 4,
        MediaServiceUnavailable = 5,
        InternalServerError = 6,
        InternalDeviceError = 7,
        AlreadyInOperation = 8,
        BridgeUnreachable = 9,
        EndpointBusy = 10,
        EndpointLowPower = 11,
        EndpointUnreachable = 12,
        EndpointControlUnavailable = 13,
        ExpiredAuthorizationCredential = 14,
        FirmwareOutOfDate = 15,
        HardwareMalfunction = 16,
        InsufficientPermissions = 17,
        InternalServiceError = 18,
        InvalidAuthorizationCredential = 19,
        InvalidDirective = 20,
        InvalidValue = 21,
        NoSuchEndpoint = 22,
        NotCalibrated = 23,
        NotInOperation = 24,
        NotSupportedInCurrentMode = 25,
        NotSupportedWithCurrentBatteryChargeState = 26,
        PartnerApplicationRedirection = 27,
        PowerLevelNotSupported = 28,
        RateLimitExceeded = 29,
        TemperatureValueOutOfRange = 30,
        TooManyFailedAttempts = 31,
        ValueOutOfRange = 32,
    }
    public class GeolocationAltitude
    {
        public double? Altitude { get; set; }
        public double? Accuracy { get; set; }
    }
    public class GeolocationCoordinate
    {
        public double Latitude { get; set; }
        public double Longitude { get; set; }
        public double Accuracy { get; set; }
    }
    public class GeolocationHeading
    {
        public double? Direction { get; set; }
        public double? Accuracy { get; set; }
    }
    public class GeolocationSpeed
    {
        public double? Speed { get; set; }
        public double? Accuracy { get; set; }
    }
    public interface IConnectionResponseHandler
    {
        bool CanCreate(object data);
        global::Alexa.NET.Request.Type.ConnectionResponseRequest Create(object data);
    }
    public interface IConnectionTaskConverter
    {
        bool CanConvert(object jObject);
        global::Alexa.NET.ConnectionTasks.IConnectionTask Convert(object jObject);
    }
    public interface IDataDrivenRequestTypeConverter : global::Alexa.NET.Request.Type.IRequestTypeConverter
    {
        global::Alexa.NET.Request.Type.Request Convert(object data);
    }
    public interface IRequestTypeConverter
    {
        bool CanConvert(string requestType);
        global::Alexa.NET.Request.Type.Request Convert(string requestType);
    }
    public class IntentRequest : global::Alexa.NET.Request.Type.Request
    {
        public string DialogState { get; set; }
        public global::Alexa.NET.Request.Intent Intent { get; set; }
    }
    public class LaunchRequest : global::Alexa.NET.Request.Type.Request
    {
        public global::Alexa.NET.Request.Type.LaunchRequestTask Task { get; set; }
    }
    public class LaunchRequestTask
    {
        public string Name { get; set; }
        public string Version { get; set; }
        public global::Alexa.NET.ConnectionTasks.IConnectionTask Input { get; set; }
    }
    public enum LocationServiceAccess
    {
        Enabled = 0,
        Disabled = 1,
    }
    public enum LocationServiceStatus
    {
        Running = 0,
        Stopped = 1,
    }
    public class LocationServices
    {
        public global::Alexa.NET.Request.Type.LocationServiceAccess Access { get; set; }
        public global::Alexa.NET.Request.Type.LocationServiceStatus Status { get; set; }
    }
    public class Permission
    {
        public string Scope { get; set; }
    }
    public class PermissionSkillEventRequest : global::Alexa.NET.Request.Type.SkillEventRequest
    {
        public global::Alexa.NET.Request.Type.SkillEventPermissions Body { get; set; }
    }
    public enum PersistenceStatus
    {
        Persisted = 0,
        NotPersisted = 1,
    }
    public class PlaybackControllerRequest : global::Alexa.NET.Request.Type.Request
    {
        public global::Alexa.NET.Request.Type.PlaybackControllerRequestType PlaybackRequestType { get; }
    }
    public enum PlaybackControllerRequestType
    {
        Next = 0,
        Pause = 1,
        Play = 2,
        Previous = 3,
        Unknown = 4,
    }
    public class PlaybackState
    {
        public string Token { get; set; }
        public long OffsetInMilliseconds { get; set; }
        public string PlayerActivity { get; set; }
    }
    public enum Reason
    {
        UserInitiated = 0,
        Error = 1,
        ExceededMaxReprompts = 2,
    }
    public abstract class Request
    {
        public string Type { get; set; }
        public string RequestId { get; set; }
        public string Locale { get; set; }
        public global::System.DateTime Timestamp { get; set; }
    }
    public class RequestConverter
    {
        public static readonly global::System.Collections.Generic.List<global::Alexa.NET.Request.Type.IRequestTypeConverter> RequestConverters = new
            global::System.Collections.Generic.List<global::Alexa.NET.Request.Type.IRequestTypeConverter>(
            );
        public virtual bool CanWrite { get => default!; }
        public virtual bool CanConvert(global::System.Type objectType) => default!;
        public virtual void WriteJson(object writer, object value, object serializer) { }
        public virtual object ReadJson(object reader, global::System.Type objectType, object existingValue, object serializer) => default!;
        public global::Alexa.NET.Request.Type.Request Create(object data) => default!;
    }
    public class SessionEndedRequest : global::Alexa.NET.Request.Type.Request
    {
        public global::Alexa.NET.Request.Type.Reason Reason { get; set; }
        public global::Alexa.NET.Request.Type.Error Error { get; set; }
    }
    public class SessionResumedRequest : global::Alexa.NET.Request.Type.Request
    {
        public string OriginIpAddress { get; set; }
        public global::Alexa.NET.Request.Type.SessionResumedRequestCause Cause { get; set; }
    }
    public class SessionResumedRequestCause
    {
        public string Type { get; set; }
        public string Token { get; set; }
        public global::Alexa.NET.ConnectionStatus Status { get; set; }
        public object Result { get; set; }
    }
    public class SkillEnablementSkillEventRequest : global::Alexa.NET.Request.Type.SkillEventRequest
    {
        public global::Alexa.NET.Request.Type.SkillEventPersistenceStatus Body { get; set; }
    }
    public class SkillEventPermissions
    {
        public global::Alexa.NET.Request.Type.Permission[] AcceptedPermissions { get; set; }
    }
    public class SkillEventPersistenceStatus
    {
        public global::Alexa.NET.Request.Type.PersistenceStatus Status { get; set; }
    }
    public class SkillEventRequest : global::Alexa.NET.Request.Type.Request
    {
        public global::System.DateTime? EventCreationTime { get; set; }
        public global::System.DateTime? EventPublishingTime { get; set; }
    }
    public class SystemExceptionRequest : global::Alexa.NET.Request.Type.Request
    {
        public global::Alexa.NET.Request.Type.Error Error { get; set; }
        public global::Alexa.NET.Request.Type.ErrorCause ErrorCause { get; set; }
    }
}
namespace Alexa.NET.Response
{
    public class AskForPermissionsConsentCard : global::Alexa.NET.Response.ICard
    {
        public string Type { get; }
        public global::System.Collections.Generic.List<string> Permissions { get; set; }
    }
    public class CardImage
    {
        public string SmallImageUrl { get; set; }
        public string LargeImageUrl { get; set; }
    }
    public interface ICard : global::Alexa.NET.Response.IResponse
    {
    }
    public interface IDirective
    {
        string Type { get; }
    }
    public interface IEndSessionDirective : global::Alexa.NET.Response.IDirective
    {
        bool? ShouldEndSession { get; }
    }
    public interface IOutputSpeech : global::Alexa.NET.Response.IResponse
    {
        global::Alexa.NET.Response.Directive.PlayBehavior? PlayBehavior { get; set; }
    }
    public interface IProgressiveResponseDirective
    {
        string Type { get; }
    }
    public interface IResponse
    {
        string Type { get; }
    }
    public class LinkAccountCard : global::Alexa.NET.Response.ICard
    {
        public string Type { get; }
    }
    public class PlainTextOutputSpeech : global::Alexa.NET.Response.IOutputSpeech
    {
        public PlainTextOutputSpeech() { }
        public PlainTextOutputSpeech(string text) { }
        public string Type { get; }
        public string Text { get; set; }
        public global::Alexa.NET.Response.Directive.PlayBehavior? PlayBehavior { get; set; }
    }
    public class ProgressiveResponse
    {
        public ProgressiveResponse(global::Alexa.NET.Request.SkillRequest request) { }
        public ProgressiveResponse(global::Alexa.NET.Request.SkillRequest request, global::System.Net.Http.HttpClient client) { }
        public ProgressiveResponse(string requestId, string authToken, string baseAddress) { }
        public ProgressiveResponse(string requestId, string authToken, string baseAddress, global::System.Net.Http.HttpClient client) { }
        public ProgressiveResponse(global::Alexa.NET.Response.ProgressiveResponseHeader header, global::System.Net.Http.HttpClient client) { }
        public ProgressiveResponse() { }
        public global::System.Net.Http.HttpClient Client { get; set; }
        public global::Alexa.NET.Response.ProgressiveResponseHeader Header { get; set; }
        public static bool IsSupported(global::Alexa.NET.Request.SkillRequest request) => default!;
        public global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> SendSpeech(
            global::Alexa.NET.Response.Ssml.Speech ssml) => default!;
        public global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> SendSpeech(string ssml) => default!;
        public bool CanSend() => default!;
        public global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> Send(
            global::Alexa.NET.Response.IProgressiveResponseDirective directive) => default!;
    }
    public class ProgressiveResponseHeader
    {
        public ProgressiveResponseHeader(string requestId) { }
        public string RequestId { get; }
    }
    public class ProgressiveResponseRequest
    {
        public ProgressiveResponseRequest() { }
        public ProgressiveResponseRequest(
            global::Alexa.NET.Response.ProgressiveResponseHeader header,
            global::Alexa.NET.Response.IProgressiveResponseDirective directive) { }
        public global::Alexa.NET.Response.ProgressiveResponseHeader Header { get; set; }
        public global::Alexa.NET.Response.IProgressiveResponseDirective Directive { get; set; }
    }
    public class Reprompt
    {
        public Reprompt() { }
        public Reprompt(string text) { }
        public Reprompt(global::Alexa.NET.Response.Ssml.Speech speech) { }
        public global::Alexa.NET.Response.IOutputSpeech OutputSpeech { get; set; }
        public global::System.Collections.Generic.IList<global::Alexa.NET.Response.IDirective> Directives { get; set; }
        public bool ShouldSerializeDirectives() => default!;
    }
    public static class RequestedPermission
    {
        public const string ReadHouseholdList = "alexa::household:lists:read";
        public const string WriteHouseholdList = "alexa::household:lists:write";
        public const string FullAddress = "read::alexa:device:all:address";
        public const string AddressCountryAndPostalCode = "read::alexa:device:all:address:country_and_postal_code";
    }
    public class ResponseBody
    {
        public global::Alexa.NET.Response.IOutputSpeech OutputSpeech { get; set; }
        public global::Alexa.NET.Response.ICard Card { get; set; }
        public global::Alexa.NET.Response.Reprompt Reprompt { get; set; }
        public bool? ShouldEndSession { get; set; }
        public global::System.Collections.Generic.IList<global::Alexa.NET.Response.IDirective> Directives { get; set; }
        public bool ShouldSerializeDirectives() => default!;
    }
    public class SimpleCard : global::Alexa.NET.Response.ICard
    {
        public string Type { get; }
        public string Title { get; set; }
        public string Content { get; set; }
    }
    public class SkillResponse
    {
        public string Version { get; set; }
        public global::System.Collections.Generic.Dictionary<string, object> SessionAttributes { get; set; }
        public global::Alexa.NET.Response.ResponseBody Response { get; set; }
    }
    public class SsmlOutputSpeech : global::Alexa.NET.Response.IOutputSpeech
    {
        public SsmlOutputSpeech() { }
        public SsmlOutputSpeech(string ssml) { }
        public string Type { get; }
        public string Ssml { get; set; }
        public global::Alexa.NET.Response.Directive.PlayBehavior? PlayBehavior { get; set; }
    }
    public class StandardCard : global::Alexa.NET.Response.ICard
    {
        public string Type { get; }
        public string Title { get; set; }
        public string Content { get; set; }
        public global::Alexa.NET.Response.CardImage Image { get; set; }
    }
}
namespace Alexa.NET.Response.Converters
{
    public class CardConverter
    {
        public virtual bool CanWrite { get => default!; }
        public virtual bool CanRead { get => default!; }
        public static global::System.Collections.Generic.Dictionary<string, global::System.Func<global::Alexa.NET.Response.ICard>> TypeFactories =
            new global::System.Collections.Generic.Dictionary<string, global::System.Func<global::Alexa.NET.Response.ICard>>(
            );
        public virtual void WriteJson(object writer, object value, object serializer) { }
        public virtual object ReadJson(object reader, global::System.Type objectType, object existingValue, object serializer) => default!;
        public virtual bool CanConvert(global::System.Type objectType) => default!;
    }
    public class ConnectionTaskConverter
    {
        public static global::System.Collections.Generic.Dictionary<string, global::System.Func<global::Alexa.NET.ConnectionTasks.IConnectionTask>>
            TaskFactoryFromUri = new global::System.Collections.Generic.Dictionary<string,
            global::System.Func<global::Alexa.NET.ConnectionTasks.IConnectionTask>>(
            );
        public static readonly global::System.Collections.Generic.List<global::Alexa.NET.Request.Type.IConnectionTaskConverter>
            ConnectionTaskConverters = new global::System.Collections.Generic.List<global::Alexa.NET.Request.Type.IConnectionTaskConverter>(
            );
        public virtual bool CanRead { get => default!; }
        public virtual bool CanWrite { get => default!; }
        public virtual void WriteJson(object writer, object value, object serializer) { }
        public virtual object ReadJson(object reader, global::System.Type objectType, object existingValue, object serializer) => default!;
        public virtual bool CanConvert(global::System.Type objectType) => default!;
    }
    public class DirectiveConverter
    {
        public virtual bool CanRead { get => default!; }
        public virtual bool CanWrite { get => default!; }
        public static global::System.Collections.Generic.Dictionary<string, global::System.Func<global::Alexa.NET.Response.IDirective>> TypeFactories
            = new global::System.Collections.Generic.Dictionary<string, global::System.Func<global::Alexa.NET.Response.IDirective>>(
            );
        public static global::System.Collections.Generic.Dictionary<string, global::System.Func<object, global::Alexa.NET.Response.IDirective>>
            DataDrivenTypeFactory = new global::System.Collections.Generic.Dictionary<string, global::System.Func<object,
            global::Alexa.NET.Response.IDirective>>(
            );
        public virtual void WriteJson(object writer, object value, object serializer) { }
        public virtual object ReadJson(object reader, global::System.Type objectType, object existingValue, object serializer) => default!;
        public virtual bool CanConvert(global::System.Type objectType) => default!;
    }
    public class OutputSpeechConverter
    {
        public virtual bool CanRead { get => default!; }
        public virtual bool CanWrite { get => default!; }
        public static global::System.Collections.Generic.Dictionary<string, global::System.Func<global::Alexa.NET.Response.IOutputSpeech>>
            TypeFactories = new global::System.Collections.Generic.Dictionary<string, global::System.Func<global::Alexa.NET.Response.IOutputSpeech>>(
            );
        public virtual void WriteJson(object writer, object value, object serializer) { }
        public virtual object ReadJson(object reader, global::System.Type objectType, object existingValue, object serializer) => default!;
        public virtual bool CanConvert(global::System.Type objectType) => default!;
    }
    public class TemplateConverter
    {
        public virtual bool CanRead { get => default!; }
        public virtual bool CanWrite { get => default!; }
        public static global::System.Collections.Generic.Dictionary<string, global::System.Func<global::Alexa.NET.Response.Directive.ITemplate>>
            TypeFactories = new global::System.Collections.Generic.Dictionary<string, global::System.Func<global::Alexa.NET.Response.Directive.ITemplate>>(
            );
        public virtual void WriteJson(object writer, object value, object serializer) { }
        public virtual object ReadJson(object reader, global::System.Type objectType, object existingValue, object serializer) => default!;
        public virtual bool CanConvert(global::System.Type objectType) => default!;
    }
}
namespace Alexa.NET.Response.Directive
{
    public class AskForPermissionDirective :
        global::Alexa.NET.Response.Directive.ConnectionSendRequest<global::Alexa.NET.Response.Directive.AskForPermissionPayload>
    {
        public AskForPermissionDirective() { }
        public AskForPermissionDirective(string permissionScope) { }
    }
    public class AskForPermissionDirectiveHandler : global::Alexa.NET.Response.Directive.IConnectionSendRequestHandler
    {
        public bool CanCreate(object data) => default!;
        public global::Alexa.NET.Response.Directive.ConnectionSendRequest Create() => default!;
    }
    public class AskForPermissionPayload
    {
        public AskForPermissionPayload() { }
        public AskForPermissionPayload(string permissionScope) { }
        public string Type { get; set; }
        public string Version { get; set; }
        public string PermissionScope { get; set; }
    }
    public class AudioItem
    {
        public global::Alexa.NET.Response.Directive.AudioItemStream Stream { get; set; }
        public global::Alexa.NET.Response.Directive.AudioItemMetadata Metadata { get; set; }
    }
    public class AudioItemMetadata
    {
        public string Title { get; set; }
        public string Subtitle { get; set; }
        public global::Alexa.NET.Response.Directive.AudioItemSources Art { get; set; }
        public global::Alexa.NET.Response.Directive.AudioItemSources BackgroundImage { get; set; }
    }
    public class AudioItemSource
    {
        public AudioItemSource() { }
        public AudioItemSource(string url) { }
        public string Url { get; set; }
    }
    public class AudioItemSources
    {
        public global::System.Collections.Generic.List<global::Alexa.NET.Response.Directive.AudioItemSource> Sources { get; set; }
    }
    public class AudioItemStream
    {
        public string Url { get; set; }
        public string Token { get; set; }
        public string ExpectedPreviousToken { get; set; }
        public int OffsetInMilliseconds { get; set; }
    }
    public class AudioPlayerPlayDirective : global::Alexa.NET.Response.IDirective
    {
        public global::Alexa.NET.Response.Directive.PlayBehavior PlayBehavior { get; set; }
        public global::Alexa.NET.Response.Directive.AudioItem AudioItem { get; set; }
        public string Type { get; }
    }
    public enum ClearBehavior
    {
        ClearEnqueued = 0,
        ClearAll = 1,
    }
    public class ClearQueueDirective : global::Alexa.NET.Response.IDirective
    {
        public string Type { get; }
        public global::Alexa.NET.Response.Directive.ClearBehavior ClearBehavior { get; set; }
    }
    public class CompleteTaskDirective : global::Alexa.NET.Response.IDirective
    {
        public CompleteTaskDirective() { }
        public CompleteTaskDirective(int statusCode, string statusMessage) { }
        public string Type { get; }
        public global::Alexa.NET.ConnectionStatus Status { get; set; }
    }
    public class ConnectionSendRequest<T> : global::Alexa.NET.Response.Directive.ConnectionSendRequest
    {
        public T Payload { get; set; }
    }
    public class ConnectionSendRequest : global::Alexa.NET.Response.IDirective
    {
        public string Type { get; }
        public string Name { get; set; }
    }
    public static class ConnectionSendRequestFactory
    {
        public static global::System.Collections.Generic.List<global::Alexa.NET.Response.Directive.IConnectionSendRequestHandler> Handlers = new
            global::System.Collections.Generic.List<global::Alexa.NET.Response.Directive.IConnectionSendRequestHandler>(
            );
        public static global::Alexa.NET.Response.IDirective Create(object data) => default!;
    }
    public class DialogConfirmIntent : global::Alexa.NET.Response.IDirective
    {
        public string Type { get; }
        public global::Alexa.NET.Request.Intent UpdatedIntent { get; set; }
    }
    public class DialogConfirmSlot : global::Alexa.NET.Response.IDirective
    {
        public DialogConfirmSlot(string slotName) { }
        internal DialogConfirmSlot() { }
        public string Type { get; }
        public string SlotName { get; set; }
        public global::Alexa.NET.Request.Intent UpdatedIntent { get; set; }
    }
    public class DialogDelegate : global::Alexa.NET.Response.IDirective
    {
        public string Type { get; }
        public global::Alexa.NET.Request.Intent UpdatedIntent { get; set; }
    }
    public class DialogElicitSlot : global::Alexa.NET.Response.IDirective
    {
        public DialogElicitSlot(string slotName) { }
        internal DialogElicitSlot() { }
        public string Type { get; }
        public string SlotName { get; set; }
        public global::Alexa.NET.Request.Intent UpdatedIntent { get; set; }
    }
    public class DialogUpdateDynamicEntities : global::Alexa.NET.Response.IDirective
    {
        public string Type { get; }
        public global::Alexa.NET.Response.Directive.UpdateBehavior UpdateBehavior { get; set; }
        public global::System.Collections.Generic.List<global::Alexa.NET.Response.Directive.SlotType> Types { get; set; }
    }
    public class DisplayRenderTemplateDirective : global::Alexa.NET.Response.IDirective
    {
        public string Type { get; }
        public global::Alexa.NET.Response.Directive.ITemplate Template { get; set; }
    }
    public class Hint
    {
        public Hint() { }
        public Hint(string hintText, string textType = "PlainText") { }
        public string Type { get; set; }
        public string Text { get; set; }
    }
    public class HintDirective : global::Alexa.NET.Response.IDirective
    {
        public HintDirective() { }
        public HintDirective(string hintText, string textType = "PlainText") { }
        public string Type { get; }
        public global::Alexa.NET.Response.Directive.Hint Hint { get; set; }
    }
    public interface IBodyTemplate : global::Alexa.NET.Response.Directive.ITemplate
    {
    }
    public interface IConnectionSendRequestHandler
    {
        bool CanCreate(object data);
        global::Alexa.NET.Response.Directive.ConnectionSendRequest Create();
    }
    public interface IListTemplate : global::Alexa.NET.Response.Directive.ITemplate
    {
        global::System.Collections.Generic.List<global::Alexa.NET.Response.Directive.ListItem> Items { get; set; }
    }
    public interface ITemplate
    {
        string Type { get; }
        string Token { get; set; }
    }
    public class JsonDirective : global::Alexa.NET.Response.IDirective
    {
        public JsonDirective() { }
        public JsonDirective(string type) { }
        public string Type { get; }
        public global::System.Collections.Generic.Dictionary<string, object> Properties { get; set; }
    }
    public class ListItem
    {
        public string Token { get; set; }
        public global::Alexa.NET.Response.Directive.Templates.TemplateImage Image { get; set; }
        public global::Alexa.NET.Response.Directive.Templates.TemplateContent Content { get; set; }
    }
    public enum OnCompleteAction
    {
        ResumeSession = 0,
        SendErrorsOnly = 1,
    }
    public enum PlayBehavior
    {
        ReplaceAll = 0,
        Enqueue = 1,
        ReplaceEnqueued = 2,
    }
    public class SlotType
    {
        public string Name { get; set; }
        public global::Alexa.NET.Response.Directive.SlotTypeValue[] Values { get; set; }
    }
    public class SlotTypeValue
    {
        public string Id { get; set; }
        public global::Alexa.NET.Response.Directive.SlotTypeValueName Name { get; set; }
    }
    public class SlotTypeValueName
    {
        public string Value { get; set; }
        public string[] Synonyms { get; set; }
    }
    public class StartConnectionDirective : global::Alexa.NET.Response.IDirective
    {
        public StartConnectionDirective() { }
        public StartConnectionDirective(global::Alexa.NET.ConnectionTasks.IConnectionTask input, string token) { }
        public string Type { get; }
        public string Uri { get; set; }
        public global::Alexa.NET.ConnectionTasks.IConnectionTask Input { get; set; }
        public string Token { get; set; }
        public global::Alexa.NET.Response.Directive.OnCompleteAction? OnComplete { get; set; }
    }
    public class StopDirective : global::Alexa.NET.Response.IDirective
    {
        public string Type { get; }
    }
    public enum UpdateBehavior
    {
        Replace = 0,
        Clear = 1,
    }
    public class VideoAppDirective : global::Alexa.NET.Response.IEndSessionDirective
    {
        public VideoAppDirective() { }
        public VideoAppDirective(string source) { }
        public string Type { get; }
        public global::Alexa.NET.Response.Directive.VideoItem VideoItem { get; set; }
        public bool? ShouldEndSession { get; }
    }
    public class VideoItem
    {
        public VideoItem(string source) { }
        public string Source { get; set; }
        public global::Alexa.NET.Response.Directive.VideoItemMetadata Metadata { get; set; }
    }
    public class VideoItemMetadata
    {
        public string Title { get; set; }
        public string Subtitle { get; set; }
    }
    public class VoicePlayerSpeakDirective : global::Alexa.NET.Response.IProgressiveResponseDirective
    {
        internal VoicePlayerSpeakDirective() { }
        public VoicePlayerSpeakDirective(global::Alexa.NET.Response.Ssml.Speech speech) { }
        public VoicePlayerSpeakDirective(string speech) { }
        public string Type { get; }
        public string Speech { get; }
    }
}
namespace Alexa.NET.Response.Directive.Templates
{
    public static class BackButtonVisibility
    {
        public const string Visible = "VISIBLE";
        public const string Hidden = "HIDDEN";
    }
    public static class ImageSize
    {
        public const string ExtraSmall = "X-SMALL";
        public const string Small = "SMALL";
        public const string Medium = "MEDIUM";
        public const string Large = "LARGE";
        public const string ExtraLarge = "X-LARGE";
    }
    public class ImageSource
    {
        public string Url { get; set; }
        public string Size { get; set; }
        public int Width { get; set; }
        public int Height { get; set; }
        public bool ShouldSerializeWidth() => default!;
        public bool ShouldSerializeHeight() => default!;
    }
    public class TemplateContent
    {
        public global::Alexa.NET.Response.Directive.Templates.TemplateText Primary { get; set; }
        public global::Alexa.NET.Response.Directive.Templates.TemplateText Secondary { get; set; }
        public global::Alexa.NET.Response.Directive.Templates.TemplateText Tertiary { get; set; }
    }
    public class TemplateImage
    {
        public string ContentDescription { get; set; }
        public global::System.Collections.Generic.List<global::Alexa.NET.Response.Directive.Templates.ImageSource> Sources { get; set; }
    }
    public class TemplateText
    {
        public string Text { get; set; }
        public string Type { get; set; }
    }
    public static class TextType
    {
        public const string Plain = "PlainText";
        public const string Rich = "RichText";
    }
}
namespace Alexa.NET.Response.Directive.Templates.Types
{
    public class BodyTemplate1 : global::Alexa.NET.Response.Directive.IBodyTemplate
    {
        public string Type { get; }
        public string Token { get; set; }
        public string BackButton { get; set; }
        public global::Alexa.NET.Response.Directive.Templates.TemplateImage BackgroundImage { get; set; }
        public string Title { get; set; }
        public global::Alexa.NET.Response.Directive.Templates.TemplateContent Content { get; set; }
    }
    public class BodyTemplate2 : global::Alexa.NET.Response.Directive.IBodyTemplate
    {
        public string Type { get; }
        public string Token { get; set; }
        public string BackButton { get; set; }
        public global::Alexa.NET.Response.Directive.Templates.TemplateImage BackgroundImage { get; set; }
        public string Title { get; set; }
        public global::Alexa.NET.Response.Directive.Templates.TemplateImage Image { get; set; }
        public global::Alexa.NET.Response.Directive.Templates.TemplateContent Content { get; set; }
    }
    public class BodyTemplate3 : global::Alexa.NET.Response.Directive.IBodyTemplate
    {
        public string Type { get; }
        public string Token { get; set; }
        public string BackButton { get; set; }
        public global::Alexa.NET.Response.Directive.Templates.TemplateImage BackgroundImage { get; set; }
        public string Title { get; set; }
        public global::Alexa.NET.Response.Directive.Templates.TemplateImage Image { get; set; }
        public global::Alexa.NET.Response.Directive.Templates.TemplateContent Content { get; set; }
    }
    public class BodyTemplate6 : global::Alexa.NET.Response.Directive.IBodyTemplate
    {
        public string Type { get; }
        public string Token { get; set; }
        public string BackButton { get; set; }
        public global::Alexa.NET.Response.Directive.Templates.TemplateImage BackgroundImage { get; set; }
        public string Title { get; set; }
        public global::Alexa.NET.Response.Directive.Templates.TemplateImage Image { get; set; }
        public global::Alexa.NET.Response.Directive.Templates.TemplateContent Content { get; set; }
    }
    public class BodyTemplate7 : global::Alexa.NET.Response.Directive.IBodyTemplate
    {
        public string Type { get; }
        public string Token { get; set; }
        public string BackButton { get; set; }
        public global::Alexa.NET.Response.Directive.Templates.TemplateImage BackgroundImage { get; set; }
        public string Title { get; set; }
        public global::Alexa.NET.Response.Directive.Templates.TemplateImage Image { get; set; }
    }
    public class ListTemplate1 : global::Alexa.NET.Response.Directive.IListTemplate
    {
        public string Type { get; }
        public string Token { get; set; }
        public string BackButton { get; set; }
        public string Title { get; set; }
        public global::Alexa.NET.Response.Directive.Templates.TemplateImage BackgroundImage { get; set; }
        public global::System.Collections.Generic.List<global::Alexa.NET.Response.Directive.ListItem> Items { get; set; }
        public bool ShouldSerializeItems() => default!;
    }
    public class ListTemplate2 : global::Alexa.NET.Response.Directive.IListTemplate
    {
        public string Type { get; }
        public string Token { get; set; }
        public string BackButton { get; set; }
        public string Title { get; set; }
        public global::Alexa.NET.Response.Directive.Templates.TemplateImage BackgroundImage { get; set; }
        public global::System.Collections.Generic.List<global::Alexa.NET.Response.Directive.ListItem> Items { get; set; }
        public bool ShouldSerializeItems() => default!;
    }
}
namespace Alexa.NET.Response.Ssml
{
    public class AlexaName : global::Alexa.NET.Response.Ssml.ICommonSsml
    {
        public AlexaName() { }
        public AlexaName(string personId) { }
        public string PersonId { get; set; }
        public global::System.Xml.Linq.XNode ToXml() => default!;
    }
    public class AmazonDomain : global::Alexa.NET.Response.Ssml.ICommonSsml
    {
        public AmazonDomain(string name) { }
        public AmazonDomain(string name, params global::Alexa.NET.Response.Ssml.ISsml[] elements) { }
        public string Name { get; set; }
        public global::System.Collections.Generic.List<global::Alexa.NET.Response.Ssml.ISsml> Elements { get; set; }
        public global::System.Xml.Linq.XNode ToXml() => default!;
    }
    public class AmazonEffect : global::Alexa.NET.Response.Ssml.ICommonSsml
    {
        public AmazonEffect(string text) { }
        public string Text { get; set; }
        public global::System.Xml.Linq.XNode ToXml() => default!;
    }
    public class AmazonEmotion : global::Alexa.NET.Response.Ssml.ICommonSsml
    {
        public AmazonEmotion(string name, string intensity) { }
        public AmazonEmotion(string name, string intensity, params global::Alexa.NET.Response.Ssml.ISsml[] elements) { }
        public string Name { get; set; }
        public string Intensity { get; set; }
        public global::System.Collections.Generic.List<global::Alexa.NET.Response.Ssml.ISsml> Elements { get; set; }
        public global::System.Xml.Linq.XNode ToXml() => default!;
    }
    public class Audio : global::Alexa.NET.Response.Ssml.ISsml
    {
        public Audio() { }
        public Audio(params global::Alexa.NET.Response.Ssml.ISsml[] elements) { }
        public Audio(string source) { }
        public string Source { get; set; }
        public global::System.Collections.Generic.List<global::Alexa.NET.Response.Ssml.ISsml> Elements { get; set; }
        public global::System.Xml.Linq.XNode ToXml() => default!;
    }
    public class Break : global::Alexa.NET.Response.Ssml.ICommonSsml
    {
        public string Time { get; set; }
        public string Strength { get; set; }
        public global::System.Xml.Linq.XNode ToXml() => default!;
    }
    public class BreakStrength
    {
        public const string None = "none";
        public const string ExtraWeak = "x-weak";
        public const string Weak = "weak";
        public const string Medium = "medium";
        public const string Strong = "strong";
        public const string ExtraStrong = "x-strong";
    }
    public static class DomainName
    {
        public const string News = "news";
        public const string Music = "music";
        public const string Conversational = "conversational";
    }
    public static class EmotionIntensity
    {
        public const string Low = "low";
        public const string Medium = "medium";
        public const string High = "high";
    }
    public static class EmotionName
    {
        public const string Excited = "excited";
        public const string Disappointed = "disappointed";
    }
    public class Emphasis : global::Alexa.NET.Response.Ssml.ICommonSsml
    {
        public Emphasis(string text) { }
        public string Text { get; set; }
        public string Level { get; set; }
        public global::System.Xml.Linq.XNode ToXml() => default!;
    }
    public static class EmphasisLevel
    {
        public const string Strong = "strong";
        public const string Moderate = "moderate";
        public const string Reduced = "reduced";
    }
    public interface ICommonSsml : global::Alexa.NET.Response.Ssml.ISsml, global::Alexa.NET.Response.Ssml.IParagraphSsml,
        global::Alexa.NET.Response.Ssml.ISentenceSsml
    {
    }
    public interface IParagraphSsml : global::Alexa.NET.Response.Ssml.ISsml
    {
    }
    public interface ISentenceSsml : global::Alexa.NET.Response.Ssml.ISsml
    {
    }
    public interface ISsml
    {
        global::System.Xml.Linq.XNode ToXml();
    }
    public class InterpretAs
    {
        public const string SpellOut = "spell-out";
        public const string Number = "number";
        public const string Ordinal = "ordinal";
        public const string Digits = "digits";
        public const string Fraction = "fraction";
        public const string Unit = "unit";
        public const string Date = "date";
        public const string Time = "time";
        public const string Telephone = "telephone";
        public const string Address = "address";
        public const string Interjection = "interjection";
        public const string Expletive = "expletive";
    }
    public class Lang : global::Alexa.NET.Response.Ssml.ICommonSsml
    {
        public Lang(string languageCode) { }
        public Lang(string languageCode, params global::Alexa.NET.Response.Ssml.ISsml[] elements) { }
        public string LanguageCode { get; set; }
        public global::System.Collections.Generic.List<global::Alexa.NET.Response.Ssml.ISsml> Elements { get; set; }
        public global::System.Xml.Linq.XNode ToXml() => default!;
    }
    public static class Namespaces
    {
        public static global::System.Xml.Linq.XNamespace TempAmazon = default!;
        public static global::System.Xml.Linq.XNamespace TempAlexa = default!;
    }
    public class Paragraph : global::Alexa.NET.Response.Ssml.ISsml
    {
        public Paragraph() { }
        public Paragraph(params global::Alexa.NET.Response.Ssml.IParagraphSsml[] elements) { }
        public global::System.Collections.Generic.List<global::Alexa.NET.Response.Ssml.IParagraphSsml> Elements { get; set; }
        public global::System.Xml.Linq.XNode ToXml() => default!;
    }
    public class Phoneme : global::Alexa.NET.Response.Ssml.ICommonSsml
    {
        public Phoneme(string text, string alphabet, string pronounciation) { }
        public string Text { get; set; }
        public string Alphabet { get; set; }
        public string Pronounciation { get; set; }
        public global::System.Xml.Linq.XNode ToXml() => default!;
    }
    public static class PhonemeAlphabet
    {
        public const string International = "ipa";
        public const string SpeechAssessmentMethods = "x-sampa";
    }
    public class PlainText : global::Alexa.NET.Response.Ssml.ICommonSsml
    {
        public PlainText(string text) { }
        public string Text { get; set; }
        public global::System.Xml.Linq.XNode ToXml() => default!;
    }
    public class Prosody : global::Alexa.NET.Response.Ssml.ICommonSsml
    {
        public Prosody() { }
        public Prosody(params global::Alexa.NET.Response.Ssml.ISsml[] elements) { }
        public string Rate { get; set; }
        public string Pitch { get; set; }
        public string Volume { get; set; }
        public global::System.Collections.Generic.List<global::Alexa.NET.Response.Ssml.ISsml> Elements { get; set; }
        public global::System.Xml.Linq.XNode ToXml() => default!;
    }
    public static class ProsodyPitch
    {
        public const string ExtraLow = "x-low";
        public const string Low = "low";
        public const string Medium = "medium";
        public const string High = "high";
        public const string ExtraHigh = "x-high";
        public static string Percent(int amount) => default!;
    }
    public static class ProsodyRate
    {
        public const string ExtraSlow = "x-slow";
        public const string Slow = "slow";
        public const string Medium = "medium";
        public const string Fast = "fast";
        public const string ExtraFast = "x-fast";
        public static string Percent(int amount) => default!;
    }
    public static class ProsodyVolume
    {
        public const string Silent = "silent";
        public const string ExtraSoft = "x-soft";
        public const string Soft = "soft";
        public const string Medium = "medium";
        public const string Loud = "loud";
        public const string ExtraLoud = "x-loud";
        public static string Decibel(int amount) => default!;
    }
    public class SayAs : global::Alexa.NET.Response.Ssml.ICommonSsml
    {
        public SayAs(string text, string interpretAs) { }
        public string Text { get; set; }
        public string InterpretAs { get; set; }
        public string Format { get; set; }
        public global::System.Xml.Linq.XNode ToXml() => default!;
    }
    public class Sentence : global::Alexa.NET.Response.Ssml.IParagraphSsml
    {
        public Sentence() { }
        public Sentence(string text) { }
        public Sentence(params global::Alexa.NET.Response.Ssml.ISentenceSsml[] elements) { }
        public global::System.Collections.Generic.List<global::Alexa.NET.Response.Ssml.ISentenceSsml> Elements { get; set; }
        public global::System.Xml.Linq.XNode ToXml() => default!;
    }
    public class Speech
    {
        public Speech() { }
        public Speech(params global::Alexa.NET.Response.Ssml.ISsml[] elements) { }
        public global::System.Collections.Generic.List<global::Alexa.NET.Response.Ssml.ISsml> Elements { get; set; }
        public string ToXml() => default!;
    }
    public class Sub : global::Alexa.NET.Response.Ssml.ICommonSsml
    {
        public Sub(string text, string alias) { }
        public string Text { get; set; }
        public string Alias { get; set; }
        public global::System.Xml.Linq.XNode ToXml() => default!;
    }
    public class Voice : global::Alexa.NET.Response.Ssml.ICommonSsml
    {
        public Voice(string name) { }
        public Voice(string name, params global::Alexa.NET.Response.Ssml.ISsml[] elements) { }
        public string Name { get; set; }
        public global::System.Collections.Generic.List<global::Alexa.NET.Response.Ssml.ISsml> Elements { get; set; }
        public global::System.Xml.Linq.XNode ToXml() => default!;
    }
    public class Word : global::Alexa.NET.Response.Ssml.ICommonSsml
    {
        public Word(string text, string role) { }
        public string Text { get; set; }
        public string Role { get; set; }
        public global::System.Xml.Linq.XNode ToXml() => default!;
    }
    public class WordRole
    {
        public const string Verb = "amazon:VB";
        public const string PastParticiple = "amazon:VBD";
        public const string Noun = "amazon:NN";
        public const string NonDefault = "amazon:SENSE_1";
    }
}
