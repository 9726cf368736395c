resource "google_compute_network" "global" {
  provider                = google.gcp_usc1
  name                    = "ns-global"
  description             = "Multi-cloud full mesh"
  auto_create_subnetworks = false
  routing_mode            = "GLOBAL"
}

# GCP us-central1 (Iowa) (gcp-usc1)

resource "google_compute_subnetwork" "gcp_usc1_default" {
  provider                 = google.gcp_usc1
  name                     = "ns-gcp-usc1-default"
  description              = "GCP us-central1 (Iowa): default"
  region                   = "us-central1"
  network                  = google_compute_network.global.id
  ip_cidr_range            = var.gcp_usc1_subnet_cidrs["default"]
  private_ip_google_access = true
}

# GCP europe-west1 (Belgium) (gcp-euw1)

resource "google_compute_subnetwork" "gcp_euw1_default" {
  provider                 = google.gcp_euw1
  name                     = "ns-gcp-euw1-default"
  description              = "GCP europe-west1 (Belgium): default"
  region                   = "europe-west1"
  network                  = google_compute_network.global.id
  ip_cidr_range            = var.gcp_euw1_subnet_cidrs["default"]
  private_ip_google_access = true
}

# GCP asia-southeast1 (Singapore) (gcp-ase1)

resource "google_compute_subnetwork" "gcp_ase1_default" {
  provider                 = google.gcp_ase1
  name                     = "ns-gcp-ase1-default"
  description              = "GCP asia-southeast1 (Singapore): default"
  region                   = "asia-southeast1"
  network                  = google_compute_network.global.id
  ip_cidr_range            = var.gcp_ase1_subnet_cidrs["default"]
  private_ip_google_access = true
}

resource "google_compute_router" "gcp_usc1" {
  provider = google.gcp_usc1
  name     = "ns-gcp-usc1-router"
  region   = "us-central1"
  network  = google_compute_network.global.id

  bgp {
    asn            = var.gcp_usc1_asn
    advertise_mode = "DEFAULT"
  }
}

resource "google_compute_ha_vpn_gateway" "gcp_usc1" {
  provider = google.gcp_usc1
  name     = "ns-gcp-usc1-havpn"
  region   = "us-central1"
  network  = google_compute_network.global.id
}

# x-aws-use1-gcp-usc1: HA VPN from gcp-usc1 to aws-use1

resource "google_compute_external_vpn_gateway" "x_aws_use1_gcp_usc1_gcp_usc1" {
  provider        = google.gcp_usc1
  name            = "ns-x-aws-use1-gcp-usc1-gcp-usc1-peer"
  redundancy_type = "TWO_IPS_REDUNDANCY"
  description     = "AWS US East (N. Virginia)"

  interface {
    id         = 0
    ip_address = var.aws_use1_public_ip
  }
  interface {
    id         = 1
    ip_address = var.aws_use1_public_ip_2
  }
}

resource "google_compute_vpn_tunnel" "x_aws_use1_gcp_usc1_gcp_usc1_0" {
  provider                        = google.gcp_usc1
  name                            = "ns-x-aws-use1-gcp-usc1-gcp-usc1-0"
  region                          = google_compute_router.gcp_usc1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_usc1.id
  vpn_gateway_interface           = 0
  peer_external_gateway           = google_compute_external_vpn_gateway.x_aws_use1_gcp_usc1_gcp_usc1.id
  peer_external_gateway_interface = 0
  shared_secret                   = var.x_aws_use1_gcp_usc1_tunnel1_psk
  router                          = google_compute_router.gcp_usc1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_aws_use1_gcp_usc1_gcp_usc1_0" {
  provider   = google.gcp_usc1
  name       = "ns-x-aws-use1-gcp-usc1-gcp-usc1-if-0"
  router     = google_compute_router.gcp_usc1.name
  region     = google_compute_router.gcp_usc1.region
  ip_range   = "169.254.102.242/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_aws_use1_gcp_usc1_gcp_usc1_0.name
}

resource "google_compute_router_peer" "x_aws_use1_gcp_usc1_gcp_usc1_0" {
  provider                  = google.gcp_usc1
  name                      = "ns-x-aws-use1-gcp-usc1-gcp-usc1-bgp-0"
  router                    = google_compute_router.gcp_usc1.name
  region                    = google_compute_router.gcp_usc1.region
  peer_ip_address           = "169.254.102.241"
  peer_asn                  = var.aws_use1_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_aws_use1_gcp_usc1_gcp_usc1_0.name
}

resource "google_compute_vpn_tunnel" "x_aws_use1_gcp_usc1_gcp_usc1_1" {
  provider                        = google.gcp_usc1
  name                            = "ns-x-aws-use1-gcp-usc1-gcp-usc1-1"
  region                          = google_compute_router.gcp_usc1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_usc1.id
  vpn_gateway_interface           = 1
  peer_external_gateway           = google_compute_external_vpn_gateway.x_aws_use1_gcp_usc1_gcp_usc1.id
  peer_external_gateway_interface = 1
  shared_secret                   = var.x_aws_use1_gcp_usc1_tunnel2_psk
  router                          = google_compute_router.gcp_usc1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_aws_use1_gcp_usc1_gcp_usc1_1" {
  provider   = google.gcp_usc1
  name       = "ns-x-aws-use1-gcp-usc1-gcp-usc1-if-1"
  router     = google_compute_router.gcp_usc1.name
  region     = google_compute_router.gcp_usc1.region
  ip_range   = "169.254.102.246/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_aws_use1_gcp_usc1_gcp_usc1_1.name
}

resource "google_compute_router_peer" "x_aws_use1_gcp_usc1_gcp_usc1_1" {
  provider                  = google.gcp_usc1
  name                      = "ns-x-aws-use1-gcp-usc1-gcp-usc1-bgp-1"
  router                    = google_compute_router.gcp_usc1.name
  region                    = google_compute_router.gcp_usc1.region
  peer_ip_address           = "169.254.102.245"
  peer_asn                  = var.aws_use1_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_aws_use1_gcp_usc1_gcp_usc1_1.name
}

resource "google_compute_router" "gcp_euw1" {
  provider = google.gcp_euw1
  name     = "ns-gcp-euw1-router"
  region   = "europe-west1"
  network  = google_compute_network.global.id

  bgp {
    asn            = var.gcp_euw1_asn
    advertise_mode = "DEFAULT"
  }
}

resource "google_compute_ha_vpn_gateway" "gcp_euw1" {
  provider = google.gcp_euw1
  name     = "ns-gcp-euw1-havpn"
  region   = "europe-west1"
  network  = google_compute_network.global.id
}

# x-aws-use1-gcp-euw1: HA VPN from gcp-euw1 to aws-use1

resource "google_compute_external_vpn_gateway" "x_aws_use1_gcp_euw1_gcp_euw1" {
  provider        = google.gcp_euw1
  name            = "ns-x-aws-use1-gcp-euw1-gcp-euw1-peer"
  redundancy_type = "TWO_IPS_REDUNDANCY"
  description     = "AWS US East (N. Virginia)"

  interface {
    id         = 0
    ip_address = var.aws_use1_public_ip
  }
  interface {
    id         = 1
    ip_address = var.aws_use1_public_ip_2
  }
}

resource "google_compute_vpn_tunnel" "x_aws_use1_gcp_euw1_gcp_euw1_0" {
  provider                        = google.gcp_euw1
  name                            = "ns-x-aws-use1-gcp-euw1-gcp-euw1-0"
  region                          = google_compute_router.gcp_euw1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_euw1.id
  vpn_gateway_interface           = 0
  peer_external_gateway           = google_compute_external_vpn_gateway.x_aws_use1_gcp_euw1_gcp_euw1.id
  peer_external_gateway_interface = 0
  shared_secret                   = var.x_aws_use1_gcp_euw1_tunnel1_psk
  router                          = google_compute_router.gcp_euw1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_aws_use1_gcp_euw1_gcp_euw1_0" {
  provider   = google.gcp_euw1
  name       = "ns-x-aws-use1-gcp-euw1-gcp-euw1-if-0"
  router     = google_compute_router.gcp_euw1.name
  region     = google_compute_router.gcp_euw1.region
  ip_range   = "169.254.127.34/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_aws_use1_gcp_euw1_gcp_euw1_0.name
}

resource "google_compute_router_peer" "x_aws_use1_gcp_euw1_gcp_euw1_0" {
  provider                  = google.gcp_euw1
  name                      = "ns-x-aws-use1-gcp-euw1-gcp-euw1-bgp-0"
  router                    = google_compute_router.gcp_euw1.name
  region                    = google_compute_router.gcp_euw1.region
  peer_ip_address           = "169.254.127.33"
  peer_asn                  = var.aws_use1_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_aws_use1_gcp_euw1_gcp_euw1_0.name
}

resource "google_compute_vpn_tunnel" "x_aws_use1_gcp_euw1_gcp_euw1_1" {
  provider                        = google.gcp_euw1
  name                            = "ns-x-aws-use1-gcp-euw1-gcp-euw1-1"
  region                          = google_compute_router.gcp_euw1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_euw1.id
  vpn_gateway_interface           = 1
  peer_external_gateway           = google_compute_external_vpn_gateway.x_aws_use1_gcp_euw1_gcp_euw1.id
  peer_external_gateway_interface = 1
  shared_secret                   = var.x_aws_use1_gcp_euw1_tunnel2_psk
  router                          = google_compute_router.gcp_euw1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_aws_use1_gcp_euw1_gcp_euw1_1" {
  provider   = google.gcp_euw1
  name       = "ns-x-aws-use1-gcp-euw1-gcp-euw1-if-1"
  router     = google_compute_router.gcp_euw1.name
  region     = google_compute_router.gcp_euw1.region
  ip_range   = "169.254.127.38/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_aws_use1_gcp_euw1_gcp_euw1_1.name
}

resource "google_compute_router_peer" "x_aws_use1_gcp_euw1_gcp_euw1_1" {
  provider                  = google.gcp_euw1
  name                      = "ns-x-aws-use1-gcp-euw1-gcp-euw1-bgp-1"
  router                    = google_compute_router.gcp_euw1.name
  region                    = google_compute_router.gcp_euw1.region
  peer_ip_address           = "169.254.127.37"
  peer_asn                  = var.aws_use1_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_aws_use1_gcp_euw1_gcp_euw1_1.name
}

resource "google_compute_router" "gcp_ase1" {
  provider = google.gcp_ase1
  name     = "ns-gcp-ase1-router"
  region   = "asia-southeast1"
  network  = google_compute_network.global.id

  bgp {
    asn            = var.gcp_ase1_asn
    advertise_mode = "DEFAULT"
  }
}

resource "google_compute_ha_vpn_gateway" "gcp_ase1" {
  provider = google.gcp_ase1
  name     = "ns-gcp-ase1-havpn"
  region   = "asia-southeast1"
  network  = google_compute_network.global.id
}

# x-aws-use1-gcp-ase1: HA VPN from gcp-ase1 to aws-use1

resource "google_compute_external_vpn_gateway" "x_aws_use1_gcp_ase1_gcp_ase1" {
  provider        = google.gcp_ase1
  name            = "ns-x-aws-use1-gcp-ase1-gcp-ase1-peer"
  redundancy_type = "TWO_IPS_REDUNDANCY"
  description     = "AWS US East (N. Virginia)"

  interface {
    id         = 0
    ip_address = var.aws_use1_public_ip
  }
  interface {
    id         = 1
    ip_address = var.aws_use1_public_ip_2
  }
}

resource "google_compute_vpn_tunnel" "x_aws_use1_gcp_ase1_gcp_ase1_0" {
  provider                        = google.gcp_ase1
  name                            = "ns-x-aws-use1-gcp-ase1-gcp-ase1-0"
  region                          = google_compute_router.gcp_ase1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_ase1.id
  vpn_gateway_interface           = 0
  peer_external_gateway           = google_compute_external_vpn_gateway.x_aws_use1_gcp_ase1_gcp_ase1.id
  peer_external_gateway_interface = 0
  shared_secret                   = var.x_aws_use1_gcp_ase1_tunnel1_psk
  router                          = google_compute_router.gcp_ase1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_aws_use1_gcp_ase1_gcp_ase1_0" {
  provider   = google.gcp_ase1
  name       = "ns-x-aws-use1-gcp-ase1-gcp-ase1-if-0"
  router     = google_compute_router.gcp_ase1.name
  region     = google_compute_router.gcp_ase1.region
  ip_range   = "169.254.100.194/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_aws_use1_gcp_ase1_gcp_ase1_0.name
}

resource "google_compute_router_peer" "x_aws_use1_gcp_ase1_gcp_ase1_0" {
  provider                  = google.gcp_ase1
  name                      = "ns-x-aws-use1-gcp-ase1-gcp-ase1-bgp-0"
  router                    = google_compute_router.gcp_ase1.name
  region                    = google_compute_router.gcp_ase1.region
  peer_ip_address           = "169.254.100.193"
  peer_asn                  = var.aws_use1_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_aws_use1_gcp_ase1_gcp_ase1_0.name
}

resource "google_compute_vpn_tunnel" "x_aws_use1_gcp_ase1_gcp_ase1_1" {
  provider                        = google.gcp_ase1
  name                            = "ns-x-aws-use1-gcp-ase1-gcp-ase1-1"
  region                          = google_compute_router.gcp_ase1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_ase1.id
  vpn_gateway_interface           = 1
  peer_external_gateway           = google_compute_external_vpn_gateway.x_aws_use1_gcp_ase1_gcp_ase1.id
  peer_external_gateway_interface = 1
  shared_secret                   = var.x_aws_use1_gcp_ase1_tunnel2_psk
  router                          = google_compute_router.gcp_ase1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_aws_use1_gcp_ase1_gcp_ase1_1" {
  provider   = google.gcp_ase1
  name       = "ns-x-aws-use1-gcp-ase1-gcp-ase1-if-1"
  router     = google_compute_router.gcp_ase1.name
  region     = google_compute_router.gcp_ase1.region
  ip_range   = "169.254.100.198/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_aws_use1_gcp_ase1_gcp_ase1_1.name
}

resource "google_compute_router_peer" "x_aws_use1_gcp_ase1_gcp_ase1_1" {
  provider                  = google.gcp_ase1
  name                      = "ns-x-aws-use1-gcp-ase1-gcp-ase1-bgp-1"
  router                    = google_compute_router.gcp_ase1.name
  region                    = google_compute_router.gcp_ase1.region
  peer_ip_address           = "169.254.100.197"
  peer_asn                  = var.aws_use1_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_aws_use1_gcp_ase1_gcp_ase1_1.name
}

# x-aws-euw1-gcp-usc1: HA VPN from gcp-usc1 to aws-euw1

resource "google_compute_external_vpn_gateway" "x_aws_euw1_gcp_usc1_gcp_usc1" {
  provider        = google.gcp_usc1
  name            = "ns-x-aws-euw1-gcp-usc1-gcp-usc1-peer"
  redundancy_type = "TWO_IPS_REDUNDANCY"
  description     = "AWS EU (Ireland)"

  interface {
    id         = 0
    ip_address = var.aws_euw1_public_ip
  }
  interface {
    id         = 1
    ip_address = var.aws_euw1_public_ip_2
  }
}

resource "google_compute_vpn_tunnel" "x_aws_euw1_gcp_usc1_gcp_usc1_0" {
  provider                        = google.gcp_usc1
  name                            = "ns-x-aws-euw1-gcp-usc1-gcp-usc1-0"
  region                          = google_compute_router.gcp_usc1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_usc1.id
  vpn_gateway_interface           = 0
  peer_external_gateway           = google_compute_external_vpn_gateway.x_aws_euw1_gcp_usc1_gcp_usc1.id
  peer_external_gateway_interface = 0
  shared_secret                   = var.x_aws_euw1_gcp_usc1_tunnel1_psk
  router                          = google_compute_router.gcp_usc1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_aws_euw1_gcp_usc1_gcp_usc1_0" {
  provider   = google.gcp_usc1
  name       = "ns-x-aws-euw1-gcp-usc1-gcp-usc1-if-0"
  router     = google_compute_router.gcp_usc1.name
  region     = google_compute_router.gcp_usc1.region
  ip_range   = "169.254.69.178/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_aws_euw1_gcp_usc1_gcp_usc1_0.name
}

resource "google_compute_router_peer" "x_aws_euw1_gcp_usc1_gcp_usc1_0" {
  provider                  = google.gcp_usc1
  name                      = "ns-x-aws-euw1-gcp-usc1-gcp-usc1-bgp-0"
  router                    = google_compute_router.gcp_usc1.name
  region                    = google_compute_router.gcp_usc1.region
  peer_ip_address           = "169.254.69.177"
  peer_asn                  = var.aws_euw1_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_aws_euw1_gcp_usc1_gcp_usc1_0.name
}

resource "google_compute_vpn_tunnel" "x_aws_euw1_gcp_usc1_gcp_usc1_1" {
  provider                        = google.gcp_usc1
  name                            = "ns-x-aws-euw1-gcp-usc1-gcp-usc1-1"
  region                          = google_compute_router.gcp_usc1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_usc1.id
  vpn_gateway_interface           = 1
  peer_external_gateway           = google_compute_external_vpn_gateway.x_aws_euw1_gcp_usc1_gcp_usc1.id
  peer_external_gateway_interface = 1
  shared_secret                   = var.x_aws_euw1_gcp_usc1_tunnel2_psk
  router                          = google_compute_router.gcp_usc1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_aws_euw1_gcp_usc1_gcp_usc1_1" {
  provider   = google.gcp_usc1
  name       = "ns-x-aws-euw1-gcp-usc1-gcp-usc1-if-1"
  router     = google_compute_router.gcp_usc1.name
  region     = google_compute_router.gcp_usc1.region
  ip_range   = "169.254.69.182/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_aws_euw1_gcp_usc1_gcp_usc1_1.name
}

resource "google_compute_router_peer" "x_aws_euw1_gcp_usc1_gcp_usc1_1" {
  provider                  = google.gcp_usc1
  name                      = "ns-x-aws-euw1-gcp-usc1-gcp-usc1-bgp-1"
  router                    = google_compute_router.gcp_usc1.name
  region                    = google_compute_router.gcp_usc1.region
  peer_ip_address           = "169.254.69.181"
  peer_asn                  = var.aws_euw1_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_aws_euw1_gcp_usc1_gcp_usc1_1.name
}

# x-aws-euw1-gcp-euw1: HA VPN from gcp-euw1 to aws-euw1

resource "google_compute_external_vpn_gateway" "x_aws_euw1_gcp_euw1_gcp_euw1" {
  provider        = google.gcp_euw1
  name            = "ns-x-aws-euw1-gcp-euw1-gcp-euw1-peer"
  redundancy_type = "TWO_IPS_REDUNDANCY"
  description     = "AWS EU (Ireland)"

  interface {
    id         = 0
    ip_address = var.aws_euw1_public_ip
  }
  interface {
    id         = 1
    ip_address = var.aws_euw1_public_ip_2
  }
}

resource "google_compute_vpn_tunnel" "x_aws_euw1_gcp_euw1_gcp_euw1_0" {
  provider                        = google.gcp_euw1
  name                            = "ns-x-aws-euw1-gcp-euw1-gcp-euw1-0"
  region                          = google_compute_router.gcp_euw1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_euw1.id
  vpn_gateway_interface           = 0
  peer_external_gateway           = google_compute_external_vpn_gateway.x_aws_euw1_gcp_euw1_gcp_euw1.id
  peer_external_gateway_interface = 0
  shared_secret                   = var.x_aws_euw1_gcp_euw1_tunnel1_psk
  router                          = google_compute_router.gcp_euw1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_aws_euw1_gcp_euw1_gcp_euw1_0" {
  provider   = google.gcp_euw1
  name       = "ns-x-aws-euw1-gcp-euw1-gcp-euw1-if-0"
  router     = google_compute_router.gcp_euw1.name
  region     = google_compute_router.gcp_euw1.region
  ip_range   = "169.254.109.226/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_aws_euw1_gcp_euw1_gcp_euw1_0.name
}

resource "google_compute_router_peer" "x_aws_euw1_gcp_euw1_gcp_euw1_0" {
  provider                  = google.gcp_euw1
  name                      = "ns-x-aws-euw1-gcp-euw1-gcp-euw1-bgp-0"
  router                    = google_compute_router.gcp_euw1.name
  region                    = google_compute_router.gcp_euw1.region
  peer_ip_address           = "169.254.109.225"
  peer_asn                  = var.aws_euw1_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_aws_euw1_gcp_euw1_gcp_euw1_0.name
}

resource "google_compute_vpn_tunnel" "x_aws_euw1_gcp_euw1_gcp_euw1_1" {
  provider                        = google.gcp_euw1
  name                            = "ns-x-aws-euw1-gcp-euw1-gcp-euw1-1"
  region                          = google_compute_router.gcp_euw1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_euw1.id
  vpn_gateway_interface           = 1
  peer_external_gateway           = google_compute_external_vpn_gateway.x_aws_euw1_gcp_euw1_gcp_euw1.id
  peer_external_gateway_interface = 1
  shared_secret                   = var.x_aws_euw1_gcp_euw1_tunnel2_psk
  router                          = google_compute_router.gcp_euw1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_aws_euw1_gcp_euw1_gcp_euw1_1" {
  provider   = google.gcp_euw1
  name       = "ns-x-aws-euw1-gcp-euw1-gcp-euw1-if-1"
  router     = google_compute_router.gcp_euw1.name
  region     = google_compute_router.gcp_euw1.region
  ip_range   = "169.254.109.230/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_aws_euw1_gcp_euw1_gcp_euw1_1.name
}

resource "google_compute_router_peer" "x_aws_euw1_gcp_euw1_gcp_euw1_1" {
  provider                  = google.gcp_euw1
  name                      = "ns-x-aws-euw1-gcp-euw1-gcp-euw1-bgp-1"
  router                    = google_compute_router.gcp_euw1.name
  region                    = google_compute_router.gcp_euw1.region
  peer_ip_address           = "169.254.109.229"
  peer_asn                  = var.aws_euw1_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_aws_euw1_gcp_euw1_gcp_euw1_1.name
}

# x-aws-euw1-gcp-ase1: HA VPN from gcp-ase1 to aws-euw1

resource "google_compute_external_vpn_gateway" "x_aws_euw1_gcp_ase1_gcp_ase1" {
  provider        = google.gcp_ase1
  name            = "ns-x-aws-euw1-gcp-ase1-gcp-ase1-peer"
  redundancy_type = "TWO_IPS_REDUNDANCY"
  description     = "AWS EU (Ireland)"

  interface {
    id         = 0
    ip_address = var.aws_euw1_public_ip
  }
  interface {
    id         = 1
    ip_address = var.aws_euw1_public_ip_2
  }
}

resource "google_compute_vpn_tunnel" "x_aws_euw1_gcp_ase1_gcp_ase1_0" {
  provider                        = google.gcp_ase1
  name                            = "ns-x-aws-euw1-gcp-ase1-gcp-ase1-0"
  region                          = google_compute_router.gcp_ase1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_ase1.id
  vpn_gateway_interface           = 0
  peer_external_gateway           = google_compute_external_vpn_gateway.x_aws_euw1_gcp_ase1_gcp_ase1.id
  peer_external_gateway_interface = 0
  shared_secret                   = var.x_aws_euw1_gcp_ase1_tunnel1_psk
  router                          = google_compute_router.gcp_ase1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_aws_euw1_gcp_ase1_gcp_ase1_0" {
  provider   = google.gcp_ase1
  name       = "ns-x-aws-euw1-gcp-ase1-gcp-ase1-if-0"
  router     = google_compute_router.gcp_ase1.name
  region     = google_compute_router.gcp_ase1.region
  ip_range   = "169.254.80.130/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_aws_euw1_gcp_ase1_gcp_ase1_0.name
}

resource "google_compute_router_peer" "x_aws_euw1_gcp_ase1_gcp_ase1_0" {
  provider                  = google.gcp_ase1
  name                      = "ns-x-aws-euw1-gcp-ase1-gcp-ase1-bgp-0"
  router                    = google_compute_router.gcp_ase1.name
  region                    = google_compute_router.gcp_ase1.region
  peer_ip_address           = "169.254.80.129"
  peer_asn                  = var.aws_euw1_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_aws_euw1_gcp_ase1_gcp_ase1_0.name
}

resource "google_compute_vpn_tunnel" "x_aws_euw1_gcp_ase1_gcp_ase1_1" {
  provider                        = google.gcp_ase1
  name                            = "ns-x-aws-euw1-gcp-ase1-gcp-ase1-1"
  region                          = google_compute_router.gcp_ase1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_ase1.id
  vpn_gateway_interface           = 1
  peer_external_gateway           = google_compute_external_vpn_gateway.x_aws_euw1_gcp_ase1_gcp_ase1.id
  peer_external_gateway_interface = 1
  shared_secret                   = var.x_aws_euw1_gcp_ase1_tunnel2_psk
  router                          = google_compute_router.gcp_ase1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_aws_euw1_gcp_ase1_gcp_ase1_1" {
  provider   = google.gcp_ase1
  name       = "ns-x-aws-euw1-gcp-ase1-gcp-ase1-if-1"
  router     = google_compute_router.gcp_ase1.name
  region     = google_compute_router.gcp_ase1.region
  ip_range   = "169.254.80.134/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_aws_euw1_gcp_ase1_gcp_ase1_1.name
}

resource "google_compute_router_peer" "x_aws_euw1_gcp_ase1_gcp_ase1_1" {
  provider                  = google.gcp_ase1
  name                      = "ns-x-aws-euw1-gcp-ase1-gcp-ase1-bgp-1"
  router                    = google_compute_router.gcp_ase1.name
  region                    = google_compute_router.gcp_ase1.region
  peer_ip_address           = "169.254.80.133"
  peer_asn                  = var.aws_euw1_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_aws_euw1_gcp_ase1_gcp_ase1_1.name
}

# x-aws-apse1-gcp-usc1: HA VPN from gcp-usc1 to aws-apse1

resource "google_compute_external_vpn_gateway" "x_aws_apse1_gcp_usc1_gcp_usc1" {
  provider        = google.gcp_usc1
  name            = "ns-x-aws-apse1-gcp-usc1-gcp-usc1-peer"
  redundancy_type = "TWO_IPS_REDUNDANCY"
  description     = "AWS Asia Pacific (Singapore)"

  interface {
    id         = 0
    ip_address = var.aws_apse1_public_ip
  }
  interface {
    id         = 1
    ip_address = var.aws_apse1_public_ip_2
  }
}

resource "google_compute_vpn_tunnel" "x_aws_apse1_gcp_usc1_gcp_usc1_0" {
  provider                        = google.gcp_usc1
  name                            = "ns-x-aws-apse1-gcp-usc1-gcp-usc1-0"
  region                          = google_compute_router.gcp_usc1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_usc1.id
  vpn_gateway_interface           = 0
  peer_external_gateway           = google_compute_external_vpn_gateway.x_aws_apse1_gcp_usc1_gcp_usc1.id
  peer_external_gateway_interface = 0
  shared_secret                   = var.x_aws_apse1_gcp_usc1_tunnel1_psk
  router                          = google_compute_router.gcp_usc1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_aws_apse1_gcp_usc1_gcp_usc1_0" {
  provider   = google.gcp_usc1
  name       = "ns-x-aws-apse1-gcp-usc1-gcp-usc1-if-0"
  router     = google_compute_router.gcp_usc1.name
  region     = google_compute_router.gcp_usc1.region
  ip_range   = "169.254.71.66/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_aws_apse1_gcp_usc1_gcp_usc1_0.name
}

resource "google_compute_router_peer" "x_aws_apse1_gcp_usc1_gcp_usc1_0" {
  provider                  = google.gcp_usc1
  name                      = "ns-x-aws-apse1-gcp-usc1-gcp-usc1-bgp-0"
  router                    = google_compute_router.gcp_usc1.name
  region                    = google_compute_router.gcp_usc1.region
  peer_ip_address           = "169.254.71.65"
  peer_asn                  = var.aws_apse1_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_aws_apse1_gcp_usc1_gcp_usc1_0.name
}

resource "google_compute_vpn_tunnel" "x_aws_apse1_gcp_usc1_gcp_usc1_1" {
  provider                        = google.gcp_usc1
  name                            = "ns-x-aws-apse1-gcp-usc1-gcp-usc1-1"
  region                          = google_compute_router.gcp_usc1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_usc1.id
  vpn_gateway_interface           = 1
  peer_external_gateway           = google_compute_external_vpn_gateway.x_aws_apse1_gcp_usc1_gcp_usc1.id
  peer_external_gateway_interface = 1
  shared_secret                   = var.x_aws_apse1_gcp_usc1_tunnel2_psk
  router                          = google_compute_router.gcp_usc1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_aws_apse1_gcp_usc1_gcp_usc1_1" {
  provider   = google.gcp_usc1
  name       = "ns-x-aws-apse1-gcp-usc1-gcp-usc1-if-1"
  router     = google_compute_router.gcp_usc1.name
  region     = google_compute_router.gcp_usc1.region
  ip_range   = "169.254.71.70/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_aws_apse1_gcp_usc1_gcp_usc1_1.name
}

resource "google_compute_router_peer" "x_aws_apse1_gcp_usc1_gcp_usc1_1" {
  provider                  = google.gcp_usc1
  name                      = "ns-x-aws-apse1-gcp-usc1-gcp-usc1-bgp-1"
  router                    = google_compute_router.gcp_usc1.name
  region                    = google_compute_router.gcp_usc1.region
  peer_ip_address           = "169.254.71.69"
  peer_asn                  = var.aws_apse1_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_aws_apse1_gcp_usc1_gcp_usc1_1.name
}

# x-aws-apse1-gcp-euw1: HA VPN from gcp-euw1 to aws-apse1

resource "google_compute_external_vpn_gateway" "x_aws_apse1_gcp_euw1_gcp_euw1" {
  provider        = google.gcp_euw1
  name            = "ns-x-aws-apse1-gcp-euw1-gcp-euw1-peer"
  redundancy_type = "TWO_IPS_REDUNDANCY"
  description     = "AWS Asia Pacific (Singapore)"

  interface {
    id         = 0
    ip_address = var.aws_apse1_public_ip
  }
  interface {
    id         = 1
    ip_address = var.aws_apse1_public_ip_2
  }
}

resource "google_compute_vpn_tunnel" "x_aws_apse1_gcp_euw1_gcp_euw1_0" {
  provider                        = google.gcp_euw1
  name                            = "ns-x-aws-apse1-gcp-euw1-gcp-euw1-0"
  region                          = google_compute_router.gcp_euw1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_euw1.id
  vpn_gateway_interface           = 0
  peer_external_gateway           = google_compute_external_vpn_gateway.x_aws_apse1_gcp_euw1_gcp_euw1.id
  peer_external_gateway_interface = 0
  shared_secret                   = var.x_aws_apse1_gcp_euw1_tunnel1_psk
  router                          = google_compute_router.gcp_euw1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_aws_apse1_gcp_euw1_gcp_euw1_0" {
  provider   = google.gcp_euw1
  name       = "ns-x-aws-apse1-gcp-euw1-gcp-euw1-if-0"
  router     = google_compute_router.gcp_euw1.name
  region     = google_compute_router.gcp_euw1.region
  ip_range   = "169.254.120.82/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_aws_apse1_gcp_euw1_gcp_euw1_0.name
}

resource "google_compute_router_peer" "x_aws_apse1_gcp_euw1_gcp_euw1_0" {
  provider                  = google.gcp_euw1
  name                      = "ns-x-aws-apse1-gcp-euw1-gcp-euw1-bgp-0"
  router                    = google_compute_router.gcp_euw1.name
  region                    = google_compute_router.gcp_euw1.region
  peer_ip_address           = "169.254.120.81"
  peer_asn                  = var.aws_apse1_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_aws_apse1_gcp_euw1_gcp_euw1_0.name
}

resource "google_compute_vpn_tunnel" "x_aws_apse1_gcp_euw1_gcp_euw1_1" {
  provider                        = google.gcp_euw1
  name                            = "ns-x-aws-apse1-gcp-euw1-gcp-euw1-1"
  region                          = google_compute_router.gcp_euw1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_euw1.id
  vpn_gateway_interface           = 1
  peer_external_gateway           = google_compute_external_vpn_gateway.x_aws_apse1_gcp_euw1_gcp_euw1.id
  peer_external_gateway_interface = 1
  shared_secret                   = var.x_aws_apse1_gcp_euw1_tunnel2_psk
  router                          = google_compute_router.gcp_euw1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_aws_apse1_gcp_euw1_gcp_euw1_1" {
  provider   = google.gcp_euw1
  name       = "ns-x-aws-apse1-gcp-euw1-gcp-euw1-if-1"
  router     = google_compute_router.gcp_euw1.name
  region     = google_compute_router.gcp_euw1.region
  ip_range   = "169.254.120.86/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_aws_apse1_gcp_euw1_gcp_euw1_1.name
}

resource "google_compute_router_peer" "x_aws_apse1_gcp_euw1_gcp_euw1_1" {
  provider                  = google.gcp_euw1
  name                      = "ns-x-aws-apse1-gcp-euw1-gcp-euw1-bgp-1"
  router                    = google_compute_router.gcp_euw1.name
  region                    = google_compute_router.gcp_euw1.region
  peer_ip_address           = "169.254.120.85"
  peer_asn                  = var.aws_apse1_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_aws_apse1_gcp_euw1_gcp_euw1_1.name
}

# x-aws-apse1-gcp-ase1: HA VPN from gcp-ase1 to aws-apse1

resource "google_compute_external_vpn_gateway" "x_aws_apse1_gcp_ase1_gcp_ase1" {
  provider        = google.gcp_ase1
  name            = "ns-x-aws-apse1-gcp-ase1-gcp-ase1-peer"
  redundancy_type = "TWO_IPS_REDUNDANCY"
  description     = "AWS Asia Pacific (Singapore)"

  interface {
    id         = 0
    ip_address = var.aws_apse1_public_ip
  }
  interface {
    id         = 1
    ip_address = var.aws_apse1_public_ip_2
  }
}

resource "google_compute_vpn_tunnel" "x_aws_apse1_gcp_ase1_gcp_ase1_0" {
  provider                        = google.gcp_ase1
  name                            = "ns-x-aws-apse1-gcp-ase1-gcp-ase1-0"
  region                          = google_compute_router.gcp_ase1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_ase1.id
  vpn_gateway_interface           = 0
  peer_external_gateway           = google_compute_external_vpn_gateway.x_aws_apse1_gcp_ase1_gcp_ase1.id
  peer_external_gateway_interface = 0
  shared_secret                   = var.x_aws_apse1_gcp_ase1_tunnel1_psk
  router                          = google_compute_router.gcp_ase1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_aws_apse1_gcp_ase1_gcp_ase1_0" {
  provider   = google.gcp_ase1
  name       = "ns-x-aws-apse1-gcp-ase1-gcp-ase1-if-0"
  router     = google_compute_router.gcp_ase1.name
  region     = google_compute_router.gcp_ase1.region
  ip_range   = "169.254.77.50/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_aws_apse1_gcp_ase1_gcp_ase1_0.name
}

resource "google_compute_router_peer" "x_aws_apse1_gcp_ase1_gcp_ase1_0" {
  provider                  = google.gcp_ase1
  name                      = "ns-x-aws-apse1-gcp-ase1-gcp-ase1-bgp-0"
  router                    = google_compute_router.gcp_ase1.name
  region                    = google_compute_router.gcp_ase1.region
  peer_ip_address           = "169.254.77.49"
  peer_asn                  = var.aws_apse1_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_aws_apse1_gcp_ase1_gcp_ase1_0.name
}

resource "google_compute_vpn_tunnel" "x_aws_apse1_gcp_ase1_gcp_ase1_1" {
  provider                        = google.gcp_ase1
  name                            = "ns-x-aws-apse1-gcp-ase1-gcp-ase1-1"
  region                          = google_compute_router.gcp_ase1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_ase1.id
  vpn_gateway_interface           = 1
  peer_external_gateway           = google_compute_external_vpn_gateway.x_aws_apse1_gcp_ase1_gcp_ase1.id
  peer_external_gateway_interface = 1
  shared_secret                   = var.x_aws_apse1_gcp_ase1_tunnel2_psk
  router                          = google_compute_router.gcp_ase1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_aws_apse1_gcp_ase1_gcp_ase1_1" {
  provider   = google.gcp_ase1
  name       = "ns-x-aws-apse1-gcp-ase1-gcp-ase1-if-1"
  router     = google_compute_router.gcp_ase1.name
  region     = google_compute_router.gcp_ase1.region
  ip_range   = "169.254.77.54/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_aws_apse1_gcp_ase1_gcp_ase1_1.name
}

resource "google_compute_router_peer" "x_aws_apse1_gcp_ase1_gcp_ase1_1" {
  provider                  = google.gcp_ase1
  name                      = "ns-x-aws-apse1-gcp-ase1-gcp-ase1-bgp-1"
  router                    = google_compute_router.gcp_ase1.name
  region                    = google_compute_router.gcp_ase1.region
  peer_ip_address           = "169.254.77.53"
  peer_asn                  = var.aws_apse1_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_aws_apse1_gcp_ase1_gcp_ase1_1.name
}

# x-az-eastus-gcp-usc1: HA VPN from gcp-usc1 to az-eastus

resource "google_compute_external_vpn_gateway" "x_az_eastus_gcp_usc1_gcp_usc1" {
  provider        = google.gcp_usc1
  name            = "ns-x-az-eastus-gcp-usc1-gcp-usc1-peer"
  redundancy_type = "TWO_IPS_REDUNDANCY"
  description     = "Azure East US"

  interface {
    id         = 0
    ip_address = var.az_eastus_public_ip
  }
  interface {
    id         = 1
    ip_address = var.az_eastus_public_ip_2
  }
}

resource "google_compute_vpn_tunnel" "x_az_eastus_gcp_usc1_gcp_usc1_0" {
  provider                        = google.gcp_usc1
  name                            = "ns-x-az-eastus-gcp-usc1-gcp-usc1-0"
  region                          = google_compute_router.gcp_usc1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_usc1.id
  vpn_gateway_interface           = 0
  peer_external_gateway           = google_compute_external_vpn_gateway.x_az_eastus_gcp_usc1_gcp_usc1.id
  peer_external_gateway_interface = 0
  shared_secret                   = var.x_az_eastus_gcp_usc1_tunnel1_psk
  router                          = google_compute_router.gcp_usc1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_az_eastus_gcp_usc1_gcp_usc1_0" {
  provider   = google.gcp_usc1
  name       = "ns-x-az-eastus-gcp-usc1-gcp-usc1-if-0"
  router     = google_compute_router.gcp_usc1.name
  region     = google_compute_router.gcp_usc1.region
  ip_range   = "169.254.72.169/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_az_eastus_gcp_usc1_gcp_usc1_0.name
}

resource "google_compute_router_peer" "x_az_eastus_gcp_usc1_gcp_usc1_0" {
  provider                  = google.gcp_usc1
  name                      = "ns-x-az-eastus-gcp-usc1-gcp-usc1-bgp-0"
  router                    = google_compute_router.gcp_usc1.name
  region                    = google_compute_router.gcp_usc1.region
  peer_ip_address           = "169.254.72.170"
  peer_asn                  = var.az_eastus_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_az_eastus_gcp_usc1_gcp_usc1_0.name
}

resource "google_compute_vpn_tunnel" "x_az_eastus_gcp_usc1_gcp_usc1_1" {
  provider                        = google.gcp_usc1
  name                            = "ns-x-az-eastus-gcp-usc1-gcp-usc1-1"
  region                          = google_compute_router.gcp_usc1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_usc1.id
  vpn_gateway_interface           = 1
  peer_external_gateway           = google_compute_external_vpn_gateway.x_az_eastus_gcp_usc1_gcp_usc1.id
  peer_external_gateway_interface = 1
  shared_secret                   = var.x_az_eastus_gcp_usc1_tunnel2_psk
  router                          = google_compute_router.gcp_usc1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_az_eastus_gcp_usc1_gcp_usc1_1" {
  provider   = google.gcp_usc1
  name       = "ns-x-az-eastus-gcp-usc1-gcp-usc1-if-1"
  router     = google_compute_router.gcp_usc1.name
  region     = google_compute_router.gcp_usc1.region
  ip_range   = "169.254.72.173/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_az_eastus_gcp_usc1_gcp_usc1_1.name
}

resource "google_compute_router_peer" "x_az_eastus_gcp_usc1_gcp_usc1_1" {
  provider                  = google.gcp_usc1
  name                      = "ns-x-az-eastus-gcp-usc1-gcp-usc1-bgp-1"
  router                    = google_compute_router.gcp_usc1.name
  region                    = google_compute_router.gcp_usc1.region
  peer_ip_address           = "169.254.72.174"
  peer_asn                  = var.az_eastus_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_az_eastus_gcp_usc1_gcp_usc1_1.name
}

# x-az-eastus-gcp-euw1: HA VPN from gcp-euw1 to az-eastus

resource "google_compute_external_vpn_gateway" "x_az_eastus_gcp_euw1_gcp_euw1" {
  provider        = google.gcp_euw1
  name            = "ns-x-az-eastus-gcp-euw1-gcp-euw1-peer"
  redundancy_type = "TWO_IPS_REDUNDANCY"
  description     = "Azure East US"

  interface {
    id         = 0
    ip_address = var.az_eastus_public_ip
  }
  interface {
    id         = 1
    ip_address = var.az_eastus_public_ip_2
  }
}

resource "google_compute_vpn_tunnel" "x_az_eastus_gcp_euw1_gcp_euw1_0" {
  provider                        = google.gcp_euw1
  name                            = "ns-x-az-eastus-gcp-euw1-gcp-euw1-0"
  region                          = google_compute_router.gcp_euw1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_euw1.id
  vpn_gateway_interface           = 0
  peer_external_gateway           = google_compute_external_vpn_gateway.x_az_eastus_gcp_euw1_gcp_euw1.id
  peer_external_gateway_interface = 0
  shared_secret                   = var.x_az_eastus_gcp_euw1_tunnel1_psk
  router                          = google_compute_router.gcp_euw1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_az_eastus_gcp_euw1_gcp_euw1_0" {
  provider   = google.gcp_euw1
  name       = "ns-x-az-eastus-gcp-euw1-gcp-euw1-if-0"
  router     = google_compute_router.gcp_euw1.name
  region     = google_compute_router.gcp_euw1.region
  ip_range   = "169.254.93.25/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_az_eastus_gcp_euw1_gcp_euw1_0.name
}

resource "google_compute_router_peer" "x_az_eastus_gcp_euw1_gcp_euw1_0" {
  provider                  = google.gcp_euw1
  name                      = "ns-x-az-eastus-gcp-euw1-gcp-euw1-bgp-0"
  router                    = google_compute_router.gcp_euw1.name
  region                    = google_compute_router.gcp_euw1.region
  peer_ip_address           = "169.254.93.26"
  peer_asn                  = var.az_eastus_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_az_eastus_gcp_euw1_gcp_euw1_0.name
}

resource "google_compute_vpn_tunnel" "x_az_eastus_gcp_euw1_gcp_euw1_1" {
  provider                        = google.gcp_euw1
  name                            = "ns-x-az-eastus-gcp-euw1-gcp-euw1-1"
  region                          = google_compute_router.gcp_euw1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_euw1.id
  vpn_gateway_interface           = 1
  peer_external_gateway           = google_compute_external_vpn_gateway.x_az_eastus_gcp_euw1_gcp_euw1.id
  peer_external_gateway_interface = 1
  shared_secret                   = var.x_az_eastus_gcp_euw1_tunnel2_psk
  router                          = google_compute_router.gcp_euw1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_az_eastus_gcp_euw1_gcp_euw1_1" {
  provider   = google.gcp_euw1
  name       = "ns-x-az-eastus-gcp-euw1-gcp-euw1-if-1"
  router     = google_compute_router.gcp_euw1.name
  region     = google_compute_router.gcp_euw1.region
  ip_range   = "169.254.93.29/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_az_eastus_gcp_euw1_gcp_euw1_1.name
}

resource "google_compute_router_peer" "x_az_eastus_gcp_euw1_gcp_euw1_1" {
  provider                  = google.gcp_euw1
  name                      = "ns-x-az-eastus-gcp-euw1-gcp-euw1-bgp-1"
  router                    = google_compute_router.gcp_euw1.name
  region                    = google_compute_router.gcp_euw1.region
  peer_ip_address           = "169.254.93.30"
  peer_asn                  = var.az_eastus_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_az_eastus_gcp_euw1_gcp_euw1_1.name
}

# x-az-eastus-gcp-ase1: HA VPN from gcp-ase1 to az-eastus

resource "google_compute_external_vpn_gateway" "x_az_eastus_gcp_ase1_gcp_ase1" {
  provider        = google.gcp_ase1
  name            = "ns-x-az-eastus-gcp-ase1-gcp-ase1-peer"
  redundancy_type = "TWO_IPS_REDUNDANCY"
  description     = "Azure East US"

  interface {
    id         = 0
    ip_address = var.az_eastus_public_ip
  }
  interface {
    id         = 1
    ip_address = var.az_eastus_public_ip_2
  }
}

resource "google_compute_vpn_tunnel" "x_az_eastus_gcp_ase1_gcp_ase1_0" {
  provider                        = google.gcp_ase1
  name                            = "ns-x-az-eastus-gcp-ase1-gcp-ase1-0"
  region                          = google_compute_router.gcp_ase1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_ase1.id
  vpn_gateway_interface           = 0
  peer_external_gateway           = google_compute_external_vpn_gateway.x_az_eastus_gcp_ase1_gcp_ase1.id
  peer_external_gateway_interface = 0
  shared_secret                   = var.x_az_eastus_gcp_ase1_tunnel1_psk
  router                          = google_compute_router.gcp_ase1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_az_eastus_gcp_ase1_gcp_ase1_0" {
  provider   = google.gcp_ase1
  name       = "ns-x-az-eastus-gcp-ase1-gcp-ase1-if-0"
  router     = google_compute_router.gcp_ase1.name
  region     = google_compute_router.gcp_ase1.region
  ip_range   = "169.254.105.153/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_az_eastus_gcp_ase1_gcp_ase1_0.name
}

resource "google_compute_router_peer" "x_az_eastus_gcp_ase1_gcp_ase1_0" {
  provider                  = google.gcp_ase1
  name                      = "ns-x-az-eastus-gcp-ase1-gcp-ase1-bgp-0"
  router                    = google_compute_router.gcp_ase1.name
  region                    = google_compute_router.gcp_ase1.region
  peer_ip_address           = "169.254.105.154"
  peer_asn                  = var.az_eastus_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_az_eastus_gcp_ase1_gcp_ase1_0.name
}

resource "google_compute_vpn_tunnel" "x_az_eastus_gcp_ase1_gcp_ase1_1" {
  provider                        = google.gcp_ase1
  name                            = "ns-x-az-eastus-gcp-ase1-gcp-ase1-1"
  region                          = google_compute_router.gcp_ase1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_ase1.id
  vpn_gateway_interface           = 1
  peer_external_gateway           = google_compute_external_vpn_gateway.x_az_eastus_gcp_ase1_gcp_ase1.id
  peer_external_gateway_interface = 1
  shared_secret                   = var.x_az_eastus_gcp_ase1_tunnel2_psk
  router                          = google_compute_router.gcp_ase1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_az_eastus_gcp_ase1_gcp_ase1_1" {
  provider   = google.gcp_ase1
  name       = "ns-x-az-eastus-gcp-ase1-gcp-ase1-if-1"
  router     = google_compute_router.gcp_ase1.name
  region     = google_compute_router.gcp_ase1.region
  ip_range   = "169.254.105.157/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_az_eastus_gcp_ase1_gcp_ase1_1.name
}

resource "google_compute_router_peer" "x_az_eastus_gcp_ase1_gcp_ase1_1" {
  provider                  = google.gcp_ase1
  name                      = "ns-x-az-eastus-gcp-ase1-gcp-ase1-bgp-1"
  router                    = google_compute_router.gcp_ase1.name
  region                    = google_compute_router.gcp_ase1.region
  peer_ip_address           = "169.254.105.158"
  peer_asn                  = var.az_eastus_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_az_eastus_gcp_ase1_gcp_ase1_1.name
}

# x-az-weu-gcp-usc1: HA VPN from gcp-usc1 to az-weu

resource "google_compute_external_vpn_gateway" "x_az_weu_gcp_usc1_gcp_usc1" {
  provider        = google.gcp_usc1
  name            = "ns-x-az-weu-gcp-usc1-gcp-usc1-peer"
  redundancy_type = "TWO_IPS_REDUNDANCY"
  description     = "Azure West Europe"

  interface {
    id         = 0
    ip_address = var.az_weu_public_ip
  }
  interface {
    id         = 1
    ip_address = var.az_weu_public_ip_2
  }
}

resource "google_compute_vpn_tunnel" "x_az_weu_gcp_usc1_gcp_usc1_0" {
  provider                        = google.gcp_usc1
  name                            = "ns-x-az-weu-gcp-usc1-gcp-usc1-0"
  region                          = google_compute_router.gcp_usc1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_usc1.id
  vpn_gateway_interface           = 0
  peer_external_gateway           = google_compute_external_vpn_gateway.x_az_weu_gcp_usc1_gcp_usc1.id
  peer_external_gateway_interface = 0
  shared_secret                   = var.x_az_weu_gcp_usc1_tunnel1_psk
  router                          = google_compute_router.gcp_usc1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_az_weu_gcp_usc1_gcp_usc1_0" {
  provider   = google.gcp_usc1
  name       = "ns-x-az-weu-gcp-usc1-gcp-usc1-if-0"
  router     = google_compute_router.gcp_usc1.name
  region     = google_compute_router.gcp_usc1.region
  ip_range   = "169.254.88.57/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_az_weu_gcp_usc1_gcp_usc1_0.name
}

resource "google_compute_router_peer" "x_az_weu_gcp_usc1_gcp_usc1_0" {
  provider                  = google.gcp_usc1
  name                      = "ns-x-az-weu-gcp-usc1-gcp-usc1-bgp-0"
  router                    = google_compute_router.gcp_usc1.name
  region                    = google_compute_router.gcp_usc1.region
  peer_ip_address           = "169.254.88.58"
  peer_asn                  = var.az_weu_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_az_weu_gcp_usc1_gcp_usc1_0.name
}

resource "google_compute_vpn_tunnel" "x_az_weu_gcp_usc1_gcp_usc1_1" {
  provider                        = google.gcp_usc1
  name                            = "ns-x-az-weu-gcp-usc1-gcp-usc1-1"
  region                          = google_compute_router.gcp_usc1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_usc1.id
  vpn_gateway_interface           = 1
  peer_external_gateway           = google_compute_external_vpn_gateway.x_az_weu_gcp_usc1_gcp_usc1.id
  peer_external_gateway_interface = 1
  shared_secret                   = var.x_az_weu_gcp_usc1_tunnel2_psk
  router                          = google_compute_router.gcp_usc1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_az_weu_gcp_usc1_gcp_usc1_1" {
  provider   = google.gcp_usc1
  name       = "ns-x-az-weu-gcp-usc1-gcp-usc1-if-1"
  router     = google_compute_router.gcp_usc1.name
  region     = google_compute_router.gcp_usc1.region
  ip_range   = "169.254.88.61/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_az_weu_gcp_usc1_gcp_usc1_1.name
}

resource "google_compute_router_peer" "x_az_weu_gcp_usc1_gcp_usc1_1" {
  provider                  = google.gcp_usc1
  name                      = "ns-x-az-weu-gcp-usc1-gcp-usc1-bgp-1"
  router                    = google_compute_router.gcp_usc1.name
  region                    = google_compute_router.gcp_usc1.region
  peer_ip_address           = "169.254.88.62"
  peer_asn                  = var.az_weu_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_az_weu_gcp_usc1_gcp_usc1_1.name
}

# x-az-weu-gcp-euw1: HA VPN from gcp-euw1 to az-weu

resource "google_compute_external_vpn_gateway" "x_az_weu_gcp_euw1_gcp_euw1" {
  provider        = google.gcp_euw1
  name            = "ns-x-az-weu-gcp-euw1-gcp-euw1-peer"
  redundancy_type = "TWO_IPS_REDUNDANCY"
  description     = "Azure West Europe"

  interface {
    id         = 0
    ip_address = var.az_weu_public_ip
  }
  interface {
    id         = 1
    ip_address = var.az_weu_public_ip_2
  }
}

resource "google_compute_vpn_tunnel" "x_az_weu_gcp_euw1_gcp_euw1_0" {
  provider                        = google.gcp_euw1
  name                            = "ns-x-az-weu-gcp-euw1-gcp-euw1-0"
  region                          = google_compute_router.gcp_euw1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_euw1.id
  vpn_gateway_interface           = 0
  peer_external_gateway           = google_compute_external_vpn_gateway.x_az_weu_gcp_euw1_gcp_euw1.id
  peer_external_gateway_interface = 0
  shared_secret                   = var.x_az_weu_gcp_euw1_tunnel1_psk
  router                          = google_compute_router.gcp_euw1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_az_weu_gcp_euw1_gcp_euw1_0" {
  provider   = google.gcp_euw1
  name       = "ns-x-az-weu-gcp-euw1-gcp-euw1-if-0"
  router     = google_compute_router.gcp_euw1.name
  region     = google_compute_router.gcp_euw1.region
  ip_range   = "169.254.96.201/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_az_weu_gcp_euw1_gcp_euw1_0.name
}

resource "google_compute_router_peer" "x_az_weu_gcp_euw1_gcp_euw1_0" {
  provider                  = google.gcp_euw1
  name                      = "ns-x-az-weu-gcp-euw1-gcp-euw1-bgp-0"
  router                    = google_compute_router.gcp_euw1.name
  region                    = google_compute_router.gcp_euw1.region
  peer_ip_address           = "169.254.96.202"
  peer_asn                  = var.az_weu_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_az_weu_gcp_euw1_gcp_euw1_0.name
}

resource "google_compute_vpn_tunnel" "x_az_weu_gcp_euw1_gcp_euw1_1" {
  provider                        = google.gcp_euw1
  name                            = "ns-x-az-weu-gcp-euw1-gcp-euw1-1"
  region                          = google_compute_router.gcp_euw1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_euw1.id
  vpn_gateway_interface           = 1
  peer_external_gateway           = google_compute_external_vpn_gateway.x_az_weu_gcp_euw1_gcp_euw1.id
  peer_external_gateway_interface = 1
  shared_secret                   = var.x_az_weu_gcp_euw1_tunnel2_psk
  router                          = google_compute_router.gcp_euw1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_az_weu_gcp_euw1_gcp_euw1_1" {
  provider   = google.gcp_euw1
  name       = "ns-x-az-weu-gcp-euw1-gcp-euw1-if-1"
  router     = google_compute_router.gcp_euw1.name
  region     = google_compute_router.gcp_euw1.region
  ip_range   = "169.254.96.205/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_az_weu_gcp_euw1_gcp_euw1_1.name
}

resource "google_compute_router_peer" "x_az_weu_gcp_euw1_gcp_euw1_1" {
  provider                  = google.gcp_euw1
  name                      = "ns-x-az-weu-gcp-euw1-gcp-euw1-bgp-1"
  router                    = google_compute_router.gcp_euw1.name
  region                    = google_compute_router.gcp_euw1.region
  peer_ip_address           = "169.254.96.206"
  peer_asn                  = var.az_weu_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_az_weu_gcp_euw1_gcp_euw1_1.name
}

# x-az-weu-gcp-ase1: HA VPN from gcp-ase1 to az-weu

resource "google_compute_external_vpn_gateway" "x_az_weu_gcp_ase1_gcp_ase1" {
  provider        = google.gcp_ase1
  name            = "ns-x-az-weu-gcp-ase1-gcp-ase1-peer"
  redundancy_type = "TWO_IPS_REDUNDANCY"
  description     = "Azure West Europe"

  interface {
    id         = 0
    ip_address = var.az_weu_public_ip
  }
  interface {
    id         = 1
    ip_address = var.az_weu_public_ip_2
  }
}

resource "google_compute_vpn_tunnel" "x_az_weu_gcp_ase1_gcp_ase1_0" {
  provider                        = google.gcp_ase1
  name                            = "ns-x-az-weu-gcp-ase1-gcp-ase1-0"
  region                          = google_compute_router.gcp_ase1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_ase1.id
  vpn_gateway_interface           = 0
  peer_external_gateway           = google_compute_external_vpn_gateway.x_az_weu_gcp_ase1_gcp_ase1.id
  peer_external_gateway_interface = 0
  shared_secret                   = var.x_az_weu_gcp_ase1_tunnel1_psk
  router                          = google_compute_router.gcp_ase1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_az_weu_gcp_ase1_gcp_ase1_0" {
  provider   = google.gcp_ase1
  name       = "ns-x-az-weu-gcp-ase1-gcp-ase1-if-0"
  router     = google_compute_router.gcp_ase1.name
  region     = google_compute_router.gcp_ase1.region
  ip_range   = "169.254.74.137/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_az_weu_gcp_ase1_gcp_ase1_0.name
}

resource "google_compute_router_peer" "x_az_weu_gcp_ase1_gcp_ase1_0" {
  provider                  = google.gcp_ase1
  name                      = "ns-x-az-weu-gcp-ase1-gcp-ase1-bgp-0"
  router                    = google_compute_router.gcp_ase1.name
  region                    = google_compute_router.gcp_ase1.region
  peer_ip_address           = "169.254.74.138"
  peer_asn                  = var.az_weu_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_az_weu_gcp_ase1_gcp_ase1_0.name
}

resource "google_compute_vpn_tunnel" "x_az_weu_gcp_ase1_gcp_ase1_1" {
  provider                        = google.gcp_ase1
  name                            = "ns-x-az-weu-gcp-ase1-gcp-ase1-1"
  region                          = google_compute_router.gcp_ase1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_ase1.id
  vpn_gateway_interface           = 1
  peer_external_gateway           = google_compute_external_vpn_gateway.x_az_weu_gcp_ase1_gcp_ase1.id
  peer_external_gateway_interface = 1
  shared_secret                   = var.x_az_weu_gcp_ase1_tunnel2_psk
  router                          = google_compute_router.gcp_ase1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_az_weu_gcp_ase1_gcp_ase1_1" {
  provider   = google.gcp_ase1
  name       = "ns-x-az-weu-gcp-ase1-gcp-ase1-if-1"
  router     = google_compute_router.gcp_ase1.name
  region     = google_compute_router.gcp_ase1.region
  ip_range   = "169.254.74.141/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_az_weu_gcp_ase1_gcp_ase1_1.name
}

resource "google_compute_router_peer" "x_az_weu_gcp_ase1_gcp_ase1_1" {
  provider                  = google.gcp_ase1
  name                      = "ns-x-az-weu-gcp-ase1-gcp-ase1-bgp-1"
  router                    = google_compute_router.gcp_ase1.name
  region                    = google_compute_router.gcp_ase1.region
  peer_ip_address           = "169.254.74.142"
  peer_asn                  = var.az_weu_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_az_weu_gcp_ase1_gcp_ase1_1.name
}

# x-az-sea-gcp-usc1: HA VPN from gcp-usc1 to az-sea

resource "google_compute_external_vpn_gateway" "x_az_sea_gcp_usc1_gcp_usc1" {
  provider        = google.gcp_usc1
  name            = "ns-x-az-sea-gcp-usc1-gcp-usc1-peer"
  redundancy_type = "TWO_IPS_REDUNDANCY"
  description     = "Azure Southeast Asia"

  interface {
    id         = 0
    ip_address = var.az_sea_public_ip
  }
  interface {
    id         = 1
    ip_address = var.az_sea_public_ip_2
  }
}

resource "google_compute_vpn_tunnel" "x_az_sea_gcp_usc1_gcp_usc1_0" {
  provider                        = google.gcp_usc1
  name                            = "ns-x-az-sea-gcp-usc1-gcp-usc1-0"
  region                          = google_compute_router.gcp_usc1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_usc1.id
  vpn_gateway_interface           = 0
  peer_external_gateway           = google_compute_external_vpn_gateway.x_az_sea_gcp_usc1_gcp_usc1.id
  peer_external_gateway_interface = 0
  shared_secret                   = var.x_az_sea_gcp_usc1_tunnel1_psk
  router                          = google_compute_router.gcp_usc1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_az_sea_gcp_usc1_gcp_usc1_0" {
  provider   = google.gcp_usc1
  name       = "ns-x-az-sea-gcp-usc1-gcp-usc1-if-0"
  router     = google_compute_router.gcp_usc1.name
  region     = google_compute_router.gcp_usc1.region
  ip_range   = "169.254.68.57/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_az_sea_gcp_usc1_gcp_usc1_0.name
}

resource "google_compute_router_peer" "x_az_sea_gcp_usc1_gcp_usc1_0" {
  provider                  = google.gcp_usc1
  name                      = "ns-x-az-sea-gcp-usc1-gcp-usc1-bgp-0"
  router                    = google_compute_router.gcp_usc1.name
  region                    = google_compute_router.gcp_usc1.region
  peer_ip_address           = "169.254.68.58"
  peer_asn                  = var.az_sea_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_az_sea_gcp_usc1_gcp_usc1_0.name
}

resource "google_compute_vpn_tunnel" "x_az_sea_gcp_usc1_gcp_usc1_1" {
  provider                        = google.gcp_usc1
  name                            = "ns-x-az-sea-gcp-usc1-gcp-usc1-1"
  region                          = google_compute_router.gcp_usc1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_usc1.id
  vpn_gateway_interface           = 1
  peer_external_gateway           = google_compute_external_vpn_gateway.x_az_sea_gcp_usc1_gcp_usc1.id
  peer_external_gateway_interface = 1
  shared_secret                   = var.x_az_sea_gcp_usc1_tunnel2_psk
  router                          = google_compute_router.gcp_usc1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_az_sea_gcp_usc1_gcp_usc1_1" {
  provider   = google.gcp_usc1
  name       = "ns-x-az-sea-gcp-usc1-gcp-usc1-if-1"
  router     = google_compute_router.gcp_usc1.name
  region     = google_compute_router.gcp_usc1.region
  ip_range   = "169.254.68.61/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_az_sea_gcp_usc1_gcp_usc1_1.name
}

resource "google_compute_router_peer" "x_az_sea_gcp_usc1_gcp_usc1_1" {
  provider                  = google.gcp_usc1
  name                      = "ns-x-az-sea-gcp-usc1-gcp-usc1-bgp-1"
  router                    = google_compute_router.gcp_usc1.name
  region                    = google_compute_router.gcp_usc1.region
  peer_ip_address           = "169.254.68.62"
  peer_asn                  = var.az_sea_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_az_sea_gcp_usc1_gcp_usc1_1.name
}

# x-az-sea-gcp-euw1: HA VPN from gcp-euw1 to az-sea

resource "google_compute_external_vpn_gateway" "x_az_sea_gcp_euw1_gcp_euw1" {
  provider        = google.gcp_euw1
  name            = "ns-x-az-sea-gcp-euw1-gcp-euw1-peer"
  redundancy_type = "TWO_IPS_REDUNDANCY"
  description     = "Azure Southeast Asia"

  interface {
    id         = 0
    ip_address = var.az_sea_public_ip
  }
  interface {
    id         = 1
    ip_address = var.az_sea_public_ip_2
  }
}

resource "google_compute_vpn_tunnel" "x_az_sea_gcp_euw1_gcp_euw1_0" {
  provider                        = google.gcp_euw1
  name                            = "ns-x-az-sea-gcp-euw1-gcp-euw1-0"
  region                          = google_compute_router.gcp_euw1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_euw1.id
  vpn_gateway_interface           = 0
  peer_external_gateway           = google_compute_external_vpn_gateway.x_az_sea_gcp_euw1_gcp_euw1.id
  peer_external_gateway_interface = 0
  shared_secret                   = var.x_az_sea_gcp_euw1_tunnel1_psk
  router                          = google_compute_router.gcp_euw1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_az_sea_gcp_euw1_gcp_euw1_0" {
  provider   = google.gcp_euw1
  name       = "ns-x-az-sea-gcp-euw1-gcp-euw1-if-0"
  router     = google_compute_router.gcp_euw1.name
  region     = google_compute_router.gcp_euw1.region
  ip_range   = "169.254.76.201/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_az_sea_gcp_euw1_gcp_euw1_0.name
}

resource "google_compute_router_peer" "x_az_sea_gcp_euw1_gcp_euw1_0" {
  provider                  = google.gcp_euw1
  name                      = "ns-x-az-sea-gcp-euw1-gcp-euw1-bgp-0"
  router                    = google_compute_router.gcp_euw1.name
  region                    = google_compute_router.gcp_euw1.region
  peer_ip_address           = "169.254.76.202"
  peer_asn                  = var.az_sea_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_az_sea_gcp_euw1_gcp_euw1_0.name
}

resource "google_compute_vpn_tunnel" "x_az_sea_gcp_euw1_gcp_euw1_1" {
  provider                        = google.gcp_euw1
  name                            = "ns-x-az-sea-gcp-euw1-gcp-euw1-1"
  region                          = google_compute_router.gcp_euw1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_euw1.id
  vpn_gateway_interface           = 1
  peer_external_gateway           = google_compute_external_vpn_gateway.x_az_sea_gcp_euw1_gcp_euw1.id
  peer_external_gateway_interface = 1
  shared_secret                   = var.x_az_sea_gcp_euw1_tunnel2_psk
  router                          = google_compute_router.gcp_euw1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_az_sea_gcp_euw1_gcp_euw1_1" {
  provider   = google.gcp_euw1
  name       = "ns-x-az-sea-gcp-euw1-gcp-euw1-if-1"
  router     = google_compute_router.gcp_euw1.name
  region     = google_compute_router.gcp_euw1.region
  ip_range   = "169.254.76.205/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_az_sea_gcp_euw1_gcp_euw1_1.name
}

resource "google_compute_router_peer" "x_az_sea_gcp_euw1_gcp_euw1_1" {
  provider                  = google.gcp_euw1
  name                      = "ns-x-az-sea-gcp-euw1-gcp-euw1-bgp-1"
  router                    = google_compute_router.gcp_euw1.name
  region                    = google_compute_router.gcp_euw1.region
  peer_ip_address           = "169.254.76.206"
  peer_asn                  = var.az_sea_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_az_sea_gcp_euw1_gcp_euw1_1.name
}

# x-az-sea-gcp-ase1: HA VPN from gcp-ase1 to az-sea

resource "google_compute_external_vpn_gateway" "x_az_sea_gcp_ase1_gcp_ase1" {
  provider        = google.gcp_ase1
  name            = "ns-x-az-sea-gcp-ase1-gcp-ase1-peer"
  redundancy_type = "TWO_IPS_REDUNDANCY"
  description     = "Azure Southeast Asia"

  interface {
    id         = 0
    ip_address = var.az_sea_public_ip
  }
  interface {
    id         = 1
    ip_address = var.az_sea_public_ip_2
  }
}

resource "google_compute_vpn_tunnel" "x_az_sea_gcp_ase1_gcp_ase1_0" {
  provider                        = google.gcp_ase1
  name                            = "ns-x-az-sea-gcp-ase1-gcp-ase1-0"
  region                          = google_compute_router.gcp_ase1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_ase1.id
  vpn_gateway_interface           = 0
  peer_external_gateway           = google_compute_external_vpn_gateway.x_az_sea_gcp_ase1_gcp_ase1.id
  peer_external_gateway_interface = 0
  shared_secret                   = var.x_az_sea_gcp_ase1_tunnel1_psk
  router                          = google_compute_router.gcp_ase1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_az_sea_gcp_ase1_gcp_ase1_0" {
  provider   = google.gcp_ase1
  name       = "ns-x-az-sea-gcp-ase1-gcp-ase1-if-0"
  router     = google_compute_router.gcp_ase1.name
  region     = google_compute_router.gcp_ase1.region
  ip_range   = "169.254.118.137/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_az_sea_gcp_ase1_gcp_ase1_0.name
}

resource "google_compute_router_peer" "x_az_sea_gcp_ase1_gcp_ase1_0" {
  provider                  = google.gcp_ase1
  name                      = "ns-x-az-sea-gcp-ase1-gcp-ase1-bgp-0"
  router                    = google_compute_router.gcp_ase1.name
  region                    = google_compute_router.gcp_ase1.region
  peer_ip_address           = "169.254.118.138"
  peer_asn                  = var.az_sea_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_az_sea_gcp_ase1_gcp_ase1_0.name
}

resource "google_compute_vpn_tunnel" "x_az_sea_gcp_ase1_gcp_ase1_1" {
  provider                        = google.gcp_ase1
  name                            = "ns-x-az-sea-gcp-ase1-gcp-ase1-1"
  region                          = google_compute_router.gcp_ase1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_ase1.id
  vpn_gateway_interface           = 1
  peer_external_gateway           = google_compute_external_vpn_gateway.x_az_sea_gcp_ase1_gcp_ase1.id
  peer_external_gateway_interface = 1
  shared_secret                   = var.x_az_sea_gcp_ase1_tunnel2_psk
  router                          = google_compute_router.gcp_ase1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "x_az_sea_gcp_ase1_gcp_ase1_1" {
  provider   = google.gcp_ase1
  name       = "ns-x-az-sea-gcp-ase1-gcp-ase1-if-1"
  router     = google_compute_router.gcp_ase1.name
  region     = google_compute_router.gcp_ase1.region
  ip_range   = "169.254.118.141/30"
  vpn_tunnel = google_compute_vpn_tunnel.x_az_sea_gcp_ase1_gcp_ase1_1.name
}

resource "google_compute_router_peer" "x_az_sea_gcp_ase1_gcp_ase1_1" {
  provider                  = google.gcp_ase1
  name                      = "ns-x-az-sea-gcp-ase1-gcp-ase1-bgp-1"
  router                    = google_compute_router.gcp_ase1.name
  region                    = google_compute_router.gcp_ase1.region
  peer_ip_address           = "169.254.118.142"
  peer_asn                  = var.az_sea_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.x_az_sea_gcp_ase1_gcp_ase1_1.name
}
