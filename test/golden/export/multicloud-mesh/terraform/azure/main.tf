resource "azurerm_resource_group" "network" {
  name     = var.resource_group_name
  location = "eastus"
  tags = {
    ManagedBy         = "netstudio"
    netstudio-element = "design"
  }
}

resource "azurerm_virtual_wan" "wan" {
  name                           = "vwan-netstudio"
  resource_group_name            = azurerm_resource_group.network.name
  location                       = azurerm_resource_group.network.location
  type                           = "Standard"
  allow_branch_to_branch_traffic = true
  tags = {
    ManagedBy         = "netstudio"
    netstudio-element = "design"
  }
}

# Azure East US (az-eastus)

resource "azurerm_virtual_hub" "az_eastus" {
  name                = "vhub-az-eastus"
  resource_group_name = azurerm_resource_group.network.name
  location            = "eastus"
  virtual_wan_id      = azurerm_virtual_wan.wan.id
  address_prefix      = var.az_eastus_hub_prefix
  tags = {
    ManagedBy         = "netstudio"
    netstudio-element = "az-eastus"
  }
}

resource "azurerm_virtual_network" "az_eastus" {
  name                = "vnet-az-eastus"
  resource_group_name = azurerm_resource_group.network.name
  location            = "eastus"
  address_space       = values(var.az_eastus_subnet_cidrs)
  tags = {
    ManagedBy         = "netstudio"
    netstudio-element = "az-eastus"
  }
}

resource "azurerm_subnet" "az_eastus_default" {
  name                 = "snet-default"
  resource_group_name  = azurerm_resource_group.network.name
  virtual_network_name = azurerm_virtual_network.az_eastus.name
  address_prefixes     = [var.az_eastus_subnet_cidrs["default"]]
}

resource "azurerm_virtual_hub_connection" "az_eastus" {
  name                      = "conn-az-eastus"
  virtual_hub_id            = azurerm_virtual_hub.az_eastus.id
  remote_virtual_network_id = azurerm_virtual_network.az_eastus.id
}

# Azure West Europe (az-weu)

resource "azurerm_virtual_hub" "az_weu" {
  name                = "vhub-az-weu"
  resource_group_name = azurerm_resource_group.network.name
  location            = "westeurope"
  virtual_wan_id      = azurerm_virtual_wan.wan.id
  address_prefix      = var.az_weu_hub_prefix
  tags = {
    ManagedBy         = "netstudio"
    netstudio-element = "az-weu"
  }
}

resource "azurerm_virtual_network" "az_weu" {
  name                = "vnet-az-weu"
  resource_group_name = azurerm_resource_group.network.name
  location            = "westeurope"
  address_space       = values(var.az_weu_subnet_cidrs)
  tags = {
    ManagedBy         = "netstudio"
    netstudio-element = "az-weu"
  }
}

resource "azurerm_subnet" "az_weu_default" {
  name                 = "snet-default"
  resource_group_name  = azurerm_resource_group.network.name
  virtual_network_name = azurerm_virtual_network.az_weu.name
  address_prefixes     = [var.az_weu_subnet_cidrs["default"]]
}

resource "azurerm_virtual_hub_connection" "az_weu" {
  name                      = "conn-az-weu"
  virtual_hub_id            = azurerm_virtual_hub.az_weu.id
  remote_virtual_network_id = azurerm_virtual_network.az_weu.id
}

# Azure Southeast Asia (az-sea)

resource "azurerm_virtual_hub" "az_sea" {
  name                = "vhub-az-sea"
  resource_group_name = azurerm_resource_group.network.name
  location            = "southeastasia"
  virtual_wan_id      = azurerm_virtual_wan.wan.id
  address_prefix      = var.az_sea_hub_prefix
  tags = {
    ManagedBy         = "netstudio"
    netstudio-element = "az-sea"
  }
}

resource "azurerm_virtual_network" "az_sea" {
  name                = "vnet-az-sea"
  resource_group_name = azurerm_resource_group.network.name
  location            = "southeastasia"
  address_space       = values(var.az_sea_subnet_cidrs)
  tags = {
    ManagedBy         = "netstudio"
    netstudio-element = "az-sea"
  }
}

resource "azurerm_subnet" "az_sea_default" {
  name                 = "snet-default"
  resource_group_name  = azurerm_resource_group.network.name
  virtual_network_name = azurerm_virtual_network.az_sea.name
  address_prefixes     = [var.az_sea_subnet_cidrs["default"]]
}

resource "azurerm_virtual_hub_connection" "az_sea" {
  name                      = "conn-az-sea"
  virtual_hub_id            = azurerm_virtual_hub.az_sea.id
  remote_virtual_network_id = azurerm_virtual_network.az_sea.id
}

resource "azurerm_vpn_gateway" "az_eastus" {
  name                = "vpngw-az-eastus"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_eastus.location
  virtual_hub_id      = azurerm_virtual_hub.az_eastus.id
  scale_unit          = 1
}

# x-aws-use1-az-eastus: VPN from az-eastus to aws-use1

resource "azurerm_vpn_site" "x_aws_use1_az_eastus_az_eastus" {
  name                = "site-x-aws-use1-az-eastus-az-eastus"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_eastus.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id

  link {
    name          = "link-1"
    ip_address    = var.aws_use1_public_ip
    speed_in_mbps = 1250

    bgp {
      asn             = var.aws_use1_asn
      peering_address = "169.254.86.145"
    }
  }
}

resource "azurerm_vpn_gateway_connection" "x_aws_use1_az_eastus_az_eastus" {
  name               = "conn-x-aws-use1-az-eastus-az-eastus"
  vpn_gateway_id     = azurerm_vpn_gateway.az_eastus.id
  remote_vpn_site_id = azurerm_vpn_site.x_aws_use1_az_eastus_az_eastus.id

  vpn_link {
    name             = "link-1"
    vpn_site_link_id = azurerm_vpn_site.x_aws_use1_az_eastus_az_eastus.link[0].id
    shared_key       = var.x_aws_use1_az_eastus_tunnel1_psk
    bgp_enabled      = true
    protocol         = "IKEv2"
  }
}

resource "azurerm_vpn_gateway" "az_weu" {
  name                = "vpngw-az-weu"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_weu.location
  virtual_hub_id      = azurerm_virtual_hub.az_weu.id
  scale_unit          = 1
}

# x-aws-use1-az-weu: VPN from az-weu to aws-use1

resource "azurerm_vpn_site" "x_aws_use1_az_weu_az_weu" {
  name                = "site-x-aws-use1-az-weu-az-weu"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_weu.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id

  link {
    name          = "link-1"
    ip_address    = var.aws_use1_public_ip
    speed_in_mbps = 1250

    bgp {
      asn             = var.aws_use1_asn
      peering_address = "169.254.76.113"
    }
  }
}

resource "azurerm_vpn_gateway_connection" "x_aws_use1_az_weu_az_weu" {
  name               = "conn-x-aws-use1-az-weu-az-weu"
  vpn_gateway_id     = azurerm_vpn_gateway.az_weu.id
  remote_vpn_site_id = azurerm_vpn_site.x_aws_use1_az_weu_az_weu.id

  vpn_link {
    name             = "link-1"
    vpn_site_link_id = azurerm_vpn_site.x_aws_use1_az_weu_az_weu.link[0].id
    shared_key       = var.x_aws_use1_az_weu_tunnel1_psk
    bgp_enabled      = true
    protocol         = "IKEv2"
  }
}

resource "azurerm_vpn_gateway" "az_sea" {
  name                = "vpngw-az-sea"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_sea.location
  virtual_hub_id      = azurerm_virtual_hub.az_sea.id
  scale_unit          = 1
}

# x-aws-use1-az-sea: VPN from az-sea to aws-use1

resource "azurerm_vpn_site" "x_aws_use1_az_sea_az_sea" {
  name                = "site-x-aws-use1-az-sea-az-sea"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_sea.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id

  link {
    name          = "link-1"
    ip_address    = var.aws_use1_public_ip
    speed_in_mbps = 1250

    bgp {
      asn             = var.aws_use1_asn
      peering_address = "169.254.104.113"
    }
  }
}

resource "azurerm_vpn_gateway_connection" "x_aws_use1_az_sea_az_sea" {
  name               = "conn-x-aws-use1-az-sea-az-sea"
  vpn_gateway_id     = azurerm_vpn_gateway.az_sea.id
  remote_vpn_site_id = azurerm_vpn_site.x_aws_use1_az_sea_az_sea.id

  vpn_link {
    name             = "link-1"
    vpn_site_link_id = azurerm_vpn_site.x_aws_use1_az_sea_az_sea.link[0].id
    shared_key       = var.x_aws_use1_az_sea_tunnel1_psk
    bgp_enabled      = true
    protocol         = "IKEv2"
  }
}

# x-aws-euw1-az-eastus: VPN from az-eastus to aws-euw1

resource "azurerm_vpn_site" "x_aws_euw1_az_eastus_az_eastus" {
  name                = "site-x-aws-euw1-az-eastus-az-eastus"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_eastus.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id

  link {
    name          = "link-1"
    ip_address    = var.aws_euw1_public_ip
    speed_in_mbps = 1250

    bgp {
      asn             = var.aws_euw1_asn
      peering_address = "169.254.94.81"
    }
  }
}

resource "azurerm_vpn_gateway_connection" "x_aws_euw1_az_eastus_az_eastus" {
  name               = "conn-x-aws-euw1-az-eastus-az-eastus"
  vpn_gateway_id     = azurerm_vpn_gateway.az_eastus.id
  remote_vpn_site_id = azurerm_vpn_site.x_aws_euw1_az_eastus_az_eastus.id

  vpn_link {
    name             = "link-1"
    vpn_site_link_id = azurerm_vpn_site.x_aws_euw1_az_eastus_az_eastus.link[0].id
    shared_key       = var.x_aws_euw1_az_eastus_tunnel1_psk
    bgp_enabled      = true
    protocol         = "IKEv2"
  }
}

# x-aws-euw1-az-weu: VPN from az-weu to aws-euw1

resource "azurerm_vpn_site" "x_aws_euw1_az_weu_az_weu" {
  name                = "site-x-aws-euw1-az-weu-az-weu"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_weu.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id

  link {
    name          = "link-1"
    ip_address    = var.aws_euw1_public_ip
    speed_in_mbps = 1250

    bgp {
      asn             = var.aws_euw1_asn
      peering_address = "169.254.94.177"
    }
  }
}

resource "azurerm_vpn_gateway_connection" "x_aws_euw1_az_weu_az_weu" {
  name               = "conn-x-aws-euw1-az-weu-az-weu"
  vpn_gateway_id     = azurerm_vpn_gateway.az_weu.id
  remote_vpn_site_id = azurerm_vpn_site.x_aws_euw1_az_weu_az_weu.id

  vpn_link {
    name             = "link-1"
    vpn_site_link_id = azurerm_vpn_site.x_aws_euw1_az_weu_az_weu.link[0].id
    shared_key       = var.x_aws_euw1_az_weu_tunnel1_psk
    bgp_enabled      = true
    protocol         = "IKEv2"
  }
}

# x-aws-euw1-az-sea: VPN from az-sea to aws-euw1

resource "azurerm_vpn_site" "x_aws_euw1_az_sea_az_sea" {
  name                = "site-x-aws-euw1-az-sea-az-sea"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_sea.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id

  link {
    name          = "link-1"
    ip_address    = var.aws_euw1_public_ip
    speed_in_mbps = 1250

    bgp {
      asn             = var.aws_euw1_asn
      peering_address = "169.254.116.177"
    }
  }
}

resource "azurerm_vpn_gateway_connection" "x_aws_euw1_az_sea_az_sea" {
  name               = "conn-x-aws-euw1-az-sea-az-sea"
  vpn_gateway_id     = azurerm_vpn_gateway.az_sea.id
  remote_vpn_site_id = azurerm_vpn_site.x_aws_euw1_az_sea_az_sea.id

  vpn_link {
    name             = "link-1"
    vpn_site_link_id = azurerm_vpn_site.x_aws_euw1_az_sea_az_sea.link[0].id
    shared_key       = var.x_aws_euw1_az_sea_tunnel1_psk
    bgp_enabled      = true
    protocol         = "IKEv2"
  }
}

# x-aws-apse1-az-eastus: VPN from az-eastus to aws-apse1

resource "azurerm_vpn_site" "x_aws_apse1_az_eastus_az_eastus" {
  name                = "site-x-aws-apse1-az-eastus-az-eastus"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_eastus.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id

  link {
    name          = "link-1"
    ip_address    = var.aws_apse1_public_ip
    speed_in_mbps = 1250

    bgp {
      asn             = var.aws_apse1_asn
      peering_address = "169.254.117.97"
    }
  }
}

resource "azurerm_vpn_gateway_connection" "x_aws_apse1_az_eastus_az_eastus" {
  name               = "conn-x-aws-apse1-az-eastus-az-eastus"
  vpn_gateway_id     = azurerm_vpn_gateway.az_eastus.id
  remote_vpn_site_id = azurerm_vpn_site.x_aws_apse1_az_eastus_az_eastus.id

  vpn_link {
    name             = "link-1"
    vpn_site_link_id = azurerm_vpn_site.x_aws_apse1_az_eastus_az_eastus.link[0].id
    shared_key       = var.x_aws_apse1_az_eastus_tunnel1_psk
    bgp_enabled      = true
    protocol         = "IKEv2"
  }
}

# x-aws-apse1-az-weu: VPN from az-weu to aws-apse1

resource "azurerm_vpn_site" "x_aws_apse1_az_weu_az_weu" {
  name                = "site-x-aws-apse1-az-weu-az-weu"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_weu.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id

  link {
    name          = "link-1"
    ip_address    = var.aws_apse1_public_ip
    speed_in_mbps = 1250

    bgp {
      asn             = var.aws_apse1_asn
      peering_address = "169.254.86.1"
    }
  }
}

resource "azurerm_vpn_gateway_connection" "x_aws_apse1_az_weu_az_weu" {
  name               = "conn-x-aws-apse1-az-weu-az-weu"
  vpn_gateway_id     = azurerm_vpn_gateway.az_weu.id
  remote_vpn_site_id = azurerm_vpn_site.x_aws_apse1_az_weu_az_weu.id

  vpn_link {
    name             = "link-1"
    vpn_site_link_id = azurerm_vpn_site.x_aws_apse1_az_weu_az_weu.link[0].id
    shared_key       = var.x_aws_apse1_az_weu_tunnel1_psk
    bgp_enabled      = true
    protocol         = "IKEv2"
  }
}

# x-aws-apse1-az-sea: VPN from az-sea to aws-apse1

resource "azurerm_vpn_site" "x_aws_apse1_az_sea_az_sea" {
  name                = "site-x-aws-apse1-az-sea-az-sea"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_sea.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id

  link {
    name          = "link-1"
    ip_address    = var.aws_apse1_public_ip
    speed_in_mbps = 1250

    bgp {
      asn             = var.aws_apse1_asn
      peering_address = "169.254.102.65"
    }
  }
}

resource "azurerm_vpn_gateway_connection" "x_aws_apse1_az_sea_az_sea" {
  name               = "conn-x-aws-apse1-az-sea-az-sea"
  vpn_gateway_id     = azurerm_vpn_gateway.az_sea.id
  remote_vpn_site_id = azurerm_vpn_site.x_aws_apse1_az_sea_az_sea.id

  vpn_link {
    name             = "link-1"
    vpn_site_link_id = azurerm_vpn_site.x_aws_apse1_az_sea_az_sea.link[0].id
    shared_key       = var.x_aws_apse1_az_sea_tunnel1_psk
    bgp_enabled      = true
    protocol         = "IKEv2"
  }
}

# x-az-eastus-gcp-usc1: VPN from az-eastus to gcp-usc1

resource "azurerm_vpn_site" "x_az_eastus_gcp_usc1_az_eastus" {
  name                = "site-x-az-eastus-gcp-usc1-az-eastus"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_eastus.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id

  link {
    name          = "link-1"
    ip_address    = var.gcp_usc1_public_ip
    speed_in_mbps = 1250

    bgp {
      asn             = var.gcp_usc1_asn
      peering_address = "169.254.72.169"
    }
  }
}

resource "azurerm_vpn_gateway_connection" "x_az_eastus_gcp_usc1_az_eastus" {
  name               = "conn-x-az-eastus-gcp-usc1-az-eastus"
  vpn_gateway_id     = azurerm_vpn_gateway.az_eastus.id
  remote_vpn_site_id = azurerm_vpn_site.x_az_eastus_gcp_usc1_az_eastus.id

  vpn_link {
    name             = "link-1"
    vpn_site_link_id = azurerm_vpn_site.x_az_eastus_gcp_usc1_az_eastus.link[0].id
    shared_key       = var.x_az_eastus_gcp_usc1_tunnel1_psk
    bgp_enabled      = true
    protocol         = "IKEv2"
  }
}

# x-az-eastus-gcp-euw1: VPN from az-eastus to gcp-euw1

resource "azurerm_vpn_site" "x_az_eastus_gcp_euw1_az_eastus" {
  name                = "site-x-az-eastus-gcp-euw1-az-eastus"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_eastus.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id

  link {
    name          = "link-1"
    ip_address    = var.gcp_euw1_public_ip
    speed_in_mbps = 1250

    bgp {
      asn             = var.gcp_euw1_asn
      peering_address = "169.254.93.25"
    }
  }
}

resource "azurerm_vpn_gateway_connection" "x_az_eastus_gcp_euw1_az_eastus" {
  name               = "conn-x-az-eastus-gcp-euw1-az-eastus"
  vpn_gateway_id     = azurerm_vpn_gateway.az_eastus.id
  remote_vpn_site_id = azurerm_vpn_site.x_az_eastus_gcp_euw1_az_eastus.id

  vpn_link {
    name             = "link-1"
    vpn_site_link_id = azurerm_vpn_site.x_az_eastus_gcp_euw1_az_eastus.link[0].id
    shared_key       = var.x_az_eastus_gcp_euw1_tunnel1_psk
    bgp_enabled      = true
    protocol         = "IKEv2"
  }
}

# x-az-eastus-gcp-ase1: VPN from az-eastus to gcp-ase1

resource "azurerm_vpn_site" "x_az_eastus_gcp_ase1_az_eastus" {
  name                = "site-x-az-eastus-gcp-ase1-az-eastus"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_eastus.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id

  link {
    name          = "link-1"
    ip_address    = var.gcp_ase1_public_ip
    speed_in_mbps = 1250

    bgp {
      asn             = var.gcp_ase1_asn
      peering_address = "169.254.105.153"
    }
  }
}

resource "azurerm_vpn_gateway_connection" "x_az_eastus_gcp_ase1_az_eastus" {
  name               = "conn-x-az-eastus-gcp-ase1-az-eastus"
  vpn_gateway_id     = azurerm_vpn_gateway.az_eastus.id
  remote_vpn_site_id = azurerm_vpn_site.x_az_eastus_gcp_ase1_az_eastus.id

  vpn_link {
    name             = "link-1"
    vpn_site_link_id = azurerm_vpn_site.x_az_eastus_gcp_ase1_az_eastus.link[0].id
    shared_key       = var.x_az_eastus_gcp_ase1_tunnel1_psk
    bgp_enabled      = true
    protocol         = "IKEv2"
  }
}

# x-az-weu-gcp-usc1: VPN from az-weu to gcp-usc1

resource "azurerm_vpn_site" "x_az_weu_gcp_usc1_az_weu" {
  name                = "site-x-az-weu-gcp-usc1-az-weu"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_weu.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id

  link {
    name          = "link-1"
    ip_address    = var.gcp_usc1_public_ip
    speed_in_mbps = 1250

    bgp {
      asn             = var.gcp_usc1_asn
      peering_address = "169.254.88.57"
    }
  }
}

resource "azurerm_vpn_gateway_connection" "x_az_weu_gcp_usc1_az_weu" {
  name               = "conn-x-az-weu-gcp-usc1-az-weu"
  vpn_gateway_id     = azurerm_vpn_gateway.az_weu.id
  remote_vpn_site_id = azurerm_vpn_site.x_az_weu_gcp_usc1_az_weu.id

  vpn_link {
    name             = "link-1"
    vpn_site_link_id = azurerm_vpn_site.x_az_weu_gcp_usc1_az_weu.link[0].id
    shared_key       = var.x_az_weu_gcp_usc1_tunnel1_psk
    bgp_enabled      = true
    protocol         = "IKEv2"
  }
}

# x-az-weu-gcp-euw1: VPN from az-weu to gcp-euw1

resource "azurerm_vpn_site" "x_az_weu_gcp_euw1_az_weu" {
  name                = "site-x-az-weu-gcp-euw1-az-weu"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_weu.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id

  link {
    name          = "link-1"
    ip_address    = var.gcp_euw1_public_ip
    speed_in_mbps = 1250

    bgp {
      asn             = var.gcp_euw1_asn
      peering_address = "169.254.96.201"
    }
  }
}

resource "azurerm_vpn_gateway_connection" "x_az_weu_gcp_euw1_az_weu" {
  name               = "conn-x-az-weu-gcp-euw1-az-weu"
  vpn_gateway_id     = azurerm_vpn_gateway.az_weu.id
  remote_vpn_site_id = azurerm_vpn_site.x_az_weu_gcp_euw1_az_weu.id

  vpn_link {
    name             = "link-1"
    vpn_site_link_id = azurerm_vpn_site.x_az_weu_gcp_euw1_az_weu.link[0].id
    shared_key       = var.x_az_weu_gcp_euw1_tunnel1_psk
    bgp_enabled      = true
    protocol         = "IKEv2"
  }
}

# x-az-weu-gcp-ase1: VPN from az-weu to gcp-ase1

resource "azurerm_vpn_site" "x_az_weu_gcp_ase1_az_weu" {
  name                = "site-x-az-weu-gcp-ase1-az-weu"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_weu.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id

  link {
    name          = "link-1"
    ip_address    = var.gcp_ase1_public_ip
    speed_in_mbps = 1250

    bgp {
      asn             = var.gcp_ase1_asn
      peering_address = "169.254.74.137"
    }
  }
}

resource "azurerm_vpn_gateway_connection" "x_az_weu_gcp_ase1_az_weu" {
  name               = "conn-x-az-weu-gcp-ase1-az-weu"
  vpn_gateway_id     = azurerm_vpn_gateway.az_weu.id
  remote_vpn_site_id = azurerm_vpn_site.x_az_weu_gcp_ase1_az_weu.id

  vpn_link {
    name             = "link-1"
    vpn_site_link_id = azurerm_vpn_site.x_az_weu_gcp_ase1_az_weu.link[0].id
    shared_key       = var.x_az_weu_gcp_ase1_tunnel1_psk
    bgp_enabled      = true
    protocol         = "IKEv2"
  }
}

# x-az-sea-gcp-usc1: VPN from az-sea to gcp-usc1

resource "azurerm_vpn_site" "x_az_sea_gcp_usc1_az_sea" {
  name                = "site-x-az-sea-gcp-usc1-az-sea"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_sea.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id

  link {
    name          = "link-1"
    ip_address    = var.gcp_usc1_public_ip
    speed_in_mbps = 1250

    bgp {
      asn             = var.gcp_usc1_asn
      peering_address = "169.254.68.57"
    }
  }
}

resource "azurerm_vpn_gateway_connection" "x_az_sea_gcp_usc1_az_sea" {
  name               = "conn-x-az-sea-gcp-usc1-az-sea"
  vpn_gateway_id     = azurerm_vpn_gateway.az_sea.id
  remote_vpn_site_id = azurerm_vpn_site.x_az_sea_gcp_usc1_az_sea.id

  vpn_link {
    name             = "link-1"
    vpn_site_link_id = azurerm_vpn_site.x_az_sea_gcp_usc1_az_sea.link[0].id
    shared_key       = var.x_az_sea_gcp_usc1_tunnel1_psk
    bgp_enabled      = true
    protocol         = "IKEv2"
  }
}

# x-az-sea-gcp-euw1: VPN from az-sea to gcp-euw1

resource "azurerm_vpn_site" "x_az_sea_gcp_euw1_az_sea" {
  name                = "site-x-az-sea-gcp-euw1-az-sea"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_sea.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id

  link {
    name          = "link-1"
    ip_address    = var.gcp_euw1_public_ip
    speed_in_mbps = 1250

    bgp {
      asn             = var.gcp_euw1_asn
      peering_address = "169.254.76.201"
    }
  }
}

resource "azurerm_vpn_gateway_connection" "x_az_sea_gcp_euw1_az_sea" {
  name               = "conn-x-az-sea-gcp-euw1-az-sea"
  vpn_gateway_id     = azurerm_vpn_gateway.az_sea.id
  remote_vpn_site_id = azurerm_vpn_site.x_az_sea_gcp_euw1_az_sea.id

  vpn_link {
    name             = "link-1"
    vpn_site_link_id = azurerm_vpn_site.x_az_sea_gcp_euw1_az_sea.link[0].id
    shared_key       = var.x_az_sea_gcp_euw1_tunnel1_psk
    bgp_enabled      = true
    protocol         = "IKEv2"
  }
}

# x-az-sea-gcp-ase1: VPN from az-sea to gcp-ase1

resource "azurerm_vpn_site" "x_az_sea_gcp_ase1_az_sea" {
  name                = "site-x-az-sea-gcp-ase1-az-sea"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_sea.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id

  link {
    name          = "link-1"
    ip_address    = var.gcp_ase1_public_ip
    speed_in_mbps = 1250

    bgp {
      asn             = var.gcp_ase1_asn
      peering_address = "169.254.118.137"
    }
  }
}

resource "azurerm_vpn_gateway_connection" "x_az_sea_gcp_ase1_az_sea" {
  name               = "conn-x-az-sea-gcp-ase1-az-sea"
  vpn_gateway_id     = azurerm_vpn_gateway.az_sea.id
  remote_vpn_site_id = azurerm_vpn_site.x_az_sea_gcp_ase1_az_sea.id

  vpn_link {
    name             = "link-1"
    vpn_site_link_id = azurerm_vpn_site.x_az_sea_gcp_ase1_az_sea.link[0].id
    shared_key       = var.x_az_sea_gcp_ase1_tunnel1_psk
    bgp_enabled      = true
    protocol         = "IKEv2"
  }
}
