import Digest
import Testing

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownAnswers(input: String, expected: String) {
        #expect(Hex.encode(SHA256.hash(input)) == expected)
    }

    @Test func incrementalMatchesOneShot() {
        var hasher = SHA256()
        hasher.update(Array("abcdbcdecdefdefg".utf8))
        hasher.update(Array("efghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
        #expect(Hex.encode(hasher.finalize()) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}

@Suite struct HMACTests {
    /// RFC 4231 test cases 1 and 2.
    @Test func rfc4231() throws {
        let key1 = [UInt8](repeating: 0x0b, count: 20)
        #expect(Hex.encode(HMAC.sha256(key: key1, message: "Hi There")) == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        #expect(
            Hex.encode(HMAC.sha256(key: Array("Jefe".utf8), message: "what do ya want for nothing?"))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        )
    }
}

@Suite struct Ed25519Tests {
    /// RFC 8032 section 7.1, TEST 1 (empty message) and TEST 2 (one byte).
    @Test func rfc8032Vectors() throws {
        let seed = try #require(Hex.decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"))
        let key = try Ed25519.PrivateKey(rawRepresentation: seed)
        #expect(Hex.encode(key.publicKey.rawRepresentation) == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        let signature = try key.signature(for: [])
        #expect(
            Hex.encode(signature)
                == "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        )
        #expect(key.publicKey.isValidSignature(signature, for: []))

        let seed2 = try #require(Hex.decode("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"))
        let key2 = try Ed25519.PrivateKey(rawRepresentation: seed2)
        let signature2 = try key2.signature(for: [0x72])
        #expect(
            Hex.encode(signature2)
                == "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
        )
    }

    @Test func tamperedMessageOrSignatureFailsVerification() throws {
        let key = try Ed25519.PrivateKey()
        let message = Array("checkpoint 42".utf8)
        var signature = try key.signature(for: message)
        #expect(key.publicKey.isValidSignature(signature, for: message))
        #expect(!key.publicKey.isValidSignature(signature, for: Array("checkpoint 43".utf8)))
        signature[0] ^= 1
        #expect(!key.publicKey.isValidSignature(signature, for: message))
        let other = try Ed25519.PrivateKey()
        #expect(!other.publicKey.isValidSignature(try key.signature(for: message), for: message))
    }

    @Test func descriptionNeverShowsTheSeed() throws {
        let seed = [UInt8](repeating: 0xab, count: 32)
        let key = try Ed25519.PrivateKey(rawRepresentation: seed)
        #expect(!String(describing: key).contains("abab"))
    }

    @Test func rejectsWrongKeyLength() {
        #expect(throws: DigestError.self) { try Ed25519.PrivateKey(rawRepresentation: [1, 2, 3]) }
    }
}

@Suite struct HexAndCompareTests {
    @Test func roundTripsAndRejectsGarbage() {
        #expect(Hex.decode("00ffA0") == [0, 255, 160])
        #expect(Hex.decode("abc") == nil)
        #expect(Hex.decode("zz") == nil)
        #expect(ConstantTime.equal([1, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2, 4]))
        #expect(!ConstantTime.equal([1, 2], [1, 2, 3]))
    }
}
