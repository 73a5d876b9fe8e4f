import Foundation
internal import CCurl

/// libcurl's open-socket callback: every connection a transfer makes (the first, and each one a
/// redirect needs) passes here with the address it resolved to, so the private-network rule is
/// checked on the address actually connected to, not on a name that could resolve elsewhere.
enum SocketGate {
    static let callback: curl_opensocket_callback = { clientData, _, address in
        guard let clientData, let address else { return CURL_SOCKET_BAD }
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(clientData).takeUnretainedValue()
        let family = address.pointee.family
        let socketAddress = UnsafeRawPointer(address) + MemoryLayout<curl_sockaddr>.offset(of: \curl_sockaddr.addr)!
        let ip: IPAddress
        if family == AF_INET {
            let v4 = socketAddress.loadUnaligned(as: sockaddr_in.self)
            ip = IPAddress(bytes: withUnsafeBytes(of: v4.sin_addr) { Array($0) })
        } else if family == AF_INET6 {
            let v6 = socketAddress.loadUnaligned(as: sockaddr_in6.self)
            ip = IPAddress(bytes: withUnsafeBytes(of: v6.sin6_addr) { Array($0) })
        } else {
            transfer.refusedAddress = "an address of family \(family)"
            return CURL_SOCKET_BAD
        }
        if !transfer.request.allowPrivateNetwork && !ip.isPublic {
            transfer.refusedAddress = ip.description
            return CURL_SOCKET_BAD
        }
        return socket(family, address.pointee.socktype, address.pointee.protocol)
    }
}
