import Crypto
import FlagdeskCore
import FlagdeskStore
import Foundation
import Testing

@testable import FlagdeskEngine

@Suite("Vault: sealing, key wrapping and scrypt")
struct VaultCryptoTests {
    let secret = Data("Maria Popescu, born 2004-03-09".utf8)

    @Test func sealedValueOpensWithTheSameKeyAndPlace() throws {
        let key = DataKey.generate()
        let sealed = try key.seal(secret, personID: 7, field: .identity)
        #expect(sealed.range(of: Data("Popescu".utf8)) == nil, "the clear text must not appear in the sealed bytes")
        #expect(SealedFormat.keyID(of: sealed) == key.id)
        #expect(try key.open(sealed, personID: 7, field: .identity) == secret)
        #expect(try key.seal(secret, personID: 7, field: .identity) != sealed, "a fresh nonce every time")
    }

    @Test func anotherKeyDoesNotOpen() throws {
        let key = DataKey.generate()
        let sealed = try key.seal(secret, personID: 7, field: .identity)
        // Same id, different key bits: the tag does not verify.
        let impostor = DataKey(id: key.id, key: SymmetricKey(size: .bits256))
        #expect(throws: EngineError.self) { try impostor.open(sealed, personID: 7, field: .identity) }
        // Another key id: refused before decrypting, naming both ids.
        let other = DataKey.generate()
        #expect {
            try other.open(sealed, personID: 7, field: .identity)
        } throws: { error in
            (error as? EngineError)?.description.contains(key.id) == true
        }
    }

    @Test func aValueMovedToAnotherRowOrColumnDoesNotOpen() throws {
        let key = DataKey.generate()
        let sealed = try key.seal(secret, personID: 7, field: .identity)
        #expect(throws: EngineError.self) { try key.open(sealed, personID: 8, field: .identity) }
        #expect(throws: EngineError.self) { try key.open(sealed, personID: 7, field: .contact) }
        #expect(throws: EngineError.self) { try key.open(sealed, personID: 7, field: .mandateDocument) }
    }

    @Test func tamperedCiphertextDoesNotOpen() throws {
        let key = DataKey.generate()
        let sealed = try key.seal(secret, personID: 7, field: .contact)
        for index in [sealed.count - 1, sealed.count - 20, 2 + key.id.utf8.count + 3] {
            var tampered = sealed
            tampered[index] ^= 0x01
            #expect(throws: EngineError.self) { try key.open(tampered, personID: 7, field: .contact) }
        }
        #expect(throws: EngineError.self) { try key.open(Data([1, 2, 3]), personID: 7, field: .contact) }
        #expect(throws: EngineError.self) { try key.open(sealed.prefix(30), personID: 7, field: .contact) }
    }

    @Test func keyFileWrappingRoundTripsAndRefusesAnotherFile() throws {
        let key = DataKey.generate()
        let bytes = Data((0..<32).map { UInt8($0) })
        let wrapped = try KeyWrap.wrap(key, with: .keyFile(bytes, path: "k"), as: .keyFile, at: fixedNow, by: "alice")
        #expect(wrapped.wrappedKey.count == 12 + 32 + 16)
        let opened = try KeyWrap.unwrap(wrapped, with: .keyFile(bytes, path: "k"))
        #expect(opened.id == key.id)
        #expect(opened.key == key.key)
        let otherBytes = Data((0..<32).map { UInt8(255 - $0) })
        #expect {
            try KeyWrap.unwrap(wrapped, with: .keyFile(otherBytes, path: "/other.key"))
        } throws: { error in
            guard case .refused(let message) = error as? EngineError else { return false }
            return message.contains("/other.key") && message.contains("does not open")
        }
        #expect(throws: EngineError.self) { try KeyWrap.unwrap(wrapped, with: .passphrase("a passphrase here")) }
    }

    @Test func passphraseWrappingRoundTripsAndRefusesAWrongOne() throws {
        let key = DataKey.generate()
        let settings = PassphraseKDF.newSettings(testScryptCost)
        #expect(settings.salt.count == PassphraseKDF.saltByteCount)
        let words = "correct horse battery staple"
        let wrapped = try KeyWrap.wrap(
            key, with: .passphrase(words), as: .passphrase(settings), at: fixedNow, by: "alice")
        #expect(try KeyWrap.unwrap(wrapped, with: .passphrase(words)).key == key.key)
        #expect(throws: EngineError.refused("wrong passphrase: it does not open this store's key \(key.id)")) {
            try KeyWrap.unwrap(wrapped, with: .passphrase("correct horse battery stapler"))
        }
        // Lowering the stored cost (an attacker hoping for a cheaper guess) breaks the binding.
        var weakened = wrapped
        var cheaper = settings
        cheaper.log2N = 9
        weakened.wrapping = .passphrase(cheaper)
        #expect(throws: EngineError.self) { try KeyWrap.unwrap(weakened, with: .passphrase(words)) }
    }

    @Test func passphrasesAreNormalisedBeforeDerivation() throws {
        let settings = PassphraseKDF.newSettings(testScryptCost)
        let composed = try PassphraseKDF.wrappingKey(passphrase: "caf\u{E9} au lait tous les jours", settings: settings)
        let decomposed = try PassphraseKDF.wrappingKey(
            passphrase: "cafe\u{301} au lait tous les jours", settings: settings)
        #expect(composed == decomposed)
    }

    @Test func productionCostIsNotCheap() {
        #expect(ScryptCost.production == ScryptCost(log2N: 17, r: 8, p: 1))
    }

    /// RFC 7914 §12 test vectors, through the same derivation the vault uses.
    @Test(arguments: [
        (
            "", "", 4, 1, 1,
            "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906"
        ),
        (
            "password", "NaCl", 10, 8, 16,
            "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"
        ),
        (
            "pleaseletmein", "SodiumChloride", 14, 8, 1,
            "7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887"
        ),
    ])
    func scryptMatchesRFC7914(
        password: String, salt: String, log2N: Int, r: Int, p: Int, expected: String
    ) throws {
        let key = try PassphraseKDF.derive(
            Array(password.utf8), salt: Data(salt.utf8), log2N: log2N, r: r, p: p, length: 64)
        let hex = key.withUnsafeBytes { Array($0) }.lowercaseHex
        #expect(hex == expected)
    }
}
