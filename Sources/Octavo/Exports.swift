@_exported import OctavoCore
