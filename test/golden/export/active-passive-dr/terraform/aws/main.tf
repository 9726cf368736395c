# AWS EU (Frankfurt) (aws-euc1)

data "aws_availability_zones" "aws_euc1" {
  provider = aws.aws_euc1
  state    = "available"
}

resource "aws_vpc" "aws_euc1" {
  provider             = aws.aws_euc1
  cidr_block           = var.aws_euc1_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags = {
    Name                = "AWS EU (Frankfurt)"
    "netstudio:element" = "aws-euc1"
  }
}

resource "aws_subnet" "aws_euc1_default" {
  provider   = aws.aws_euc1
  vpc_id     = aws_vpc.aws_euc1.id
  cidr_block = var.aws_euc1_subnet_cidrs["default"]
  tags = {
    Name                = "AWS EU (Frankfurt) default"
    "netstudio:element" = "default"
  }
}

resource "aws_subnet" "aws_euc1_tgw_0" {
  provider          = aws.aws_euc1
  vpc_id            = aws_vpc.aws_euc1.id
  cidr_block        = cidrsubnet(var.aws_euc1_transit_cidr, 5, 0)
  availability_zone = data.aws_availability_zones.aws_euc1.names[0]
  tags = {
    Name                = "AWS EU (Frankfurt) TGW attachment 1"
    "netstudio:element" = "aws-euc1"
  }
}

resource "aws_subnet" "aws_euc1_tgw_1" {
  provider          = aws.aws_euc1
  vpc_id            = aws_vpc.aws_euc1.id
  cidr_block        = cidrsubnet(var.aws_euc1_transit_cidr, 5, 1)
  availability_zone = data.aws_availability_zones.aws_euc1.names[1]
  tags = {
    Name                = "AWS EU (Frankfurt) TGW attachment 2"
    "netstudio:element" = "aws-euc1"
  }
}

resource "aws_ec2_transit_gateway" "aws_euc1" {
  provider                        = aws.aws_euc1
  description                     = "AWS EU (Frankfurt) transit gateway"
  amazon_side_asn                 = var.aws_euc1_asn
  default_route_table_association = "enable"
  default_route_table_propagation = "enable"
  vpn_ecmp_support                = "enable"
  tags = {
    Name                = "AWS EU (Frankfurt) TGW"
    "netstudio:element" = "aws-euc1"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "aws_euc1" {
  provider           = aws.aws_euc1
  transit_gateway_id = aws_ec2_transit_gateway.aws_euc1.id
  vpc_id             = aws_vpc.aws_euc1.id
  subnet_ids         = [aws_subnet.aws_euc1_tgw_0.id, aws_subnet.aws_euc1_tgw_1.id]
  tags = {
    Name                = "AWS EU (Frankfurt) VPC attachment"
    "netstudio:element" = "aws-euc1"
  }
}

resource "aws_route" "aws_euc1_to_aws_euw1" {
  provider               = aws.aws_euc1
  route_table_id         = aws_vpc.aws_euc1.main_route_table_id
  destination_cidr_block = var.aws_euw1_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_euc1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_euc1]
}

resource "aws_route" "aws_euc1_to_muc_office" {
  provider               = aws.aws_euc1
  route_table_id         = aws_vpc.aws_euc1.main_route_table_id
  destination_cidr_block = var.muc_office_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_euc1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_euc1]
}

# AWS EU (Ireland) (aws-euw1)

data "aws_availability_zones" "aws_euw1" {
  provider = aws.aws_euw1
  state    = "available"
}

resource "aws_vpc" "aws_euw1" {
  provider             = aws.aws_euw1
  cidr_block           = var.aws_euw1_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags = {
    Name                = "AWS EU (Ireland)"
    "netstudio:element" = "aws-euw1"
  }
}

resource "aws_subnet" "aws_euw1_default" {
  provider   = aws.aws_euw1
  vpc_id     = aws_vpc.aws_euw1.id
  cidr_block = var.aws_euw1_subnet_cidrs["default"]
  tags = {
    Name                = "AWS EU (Ireland) default"
    "netstudio:element" = "default"
  }
}

resource "aws_subnet" "aws_euw1_tgw_0" {
  provider          = aws.aws_euw1
  vpc_id            = aws_vpc.aws_euw1.id
  cidr_block        = cidrsubnet(var.aws_euw1_transit_cidr, 5, 0)
  availability_zone = data.aws_availability_zones.aws_euw1.names[0]
  tags = {
    Name                = "AWS EU (Ireland) TGW attachment 1"
    "netstudio:element" = "aws-euw1"
  }
}

resource "aws_subnet" "aws_euw1_tgw_1" {
  provider          = aws.aws_euw1
  vpc_id            = aws_vpc.aws_euw1.id
  cidr_block        = cidrsubnet(var.aws_euw1_transit_cidr, 5, 1)
  availability_zone = data.aws_availability_zones.aws_euw1.names[1]
  tags = {
    Name                = "AWS EU (Ireland) TGW attachment 2"
    "netstudio:element" = "aws-euw1"
  }
}

resource "aws_ec2_transit_gateway" "aws_euw1" {
  provider                        = aws.aws_euw1
  description                     = "AWS EU (Ireland) transit gateway"
  amazon_side_asn                 = var.aws_euw1_asn
  default_route_table_association = "enable"
  default_route_table_propagation = "enable"
  vpn_ecmp_support                = "enable"
  tags = {
    Name                = "AWS EU (Ireland) TGW"
    "netstudio:element" = "aws-euw1"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "aws_euw1" {
  provider           = aws.aws_euw1
  transit_gateway_id = aws_ec2_transit_gateway.aws_euw1.id
  vpc_id             = aws_vpc.aws_euw1.id
  subnet_ids         = [aws_subnet.aws_euw1_tgw_0.id, aws_subnet.aws_euw1_tgw_1.id]
  tags = {
    Name                = "AWS EU (Ireland) VPC attachment"
    "netstudio:element" = "aws-euw1"
  }
}

resource "aws_route" "aws_euw1_to_aws_euc1" {
  provider               = aws.aws_euw1
  route_table_id         = aws_vpc.aws_euw1.main_route_table_id
  destination_cidr_block = var.aws_euc1_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_euw1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_euw1]
}

resource "aws_route" "aws_euw1_to_muc_office" {
  provider               = aws.aws_euw1
  route_table_id         = aws_vpc.aws_euw1.main_route_table_id
  destination_cidr_block = var.muc_office_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_euw1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_euw1]
}

# tgw-peer: TGW peering aws-euc1 -> aws-euw1

resource "aws_ec2_transit_gateway_peering_attachment" "tgw_peer" {
  provider                = aws.aws_euc1
  transit_gateway_id      = aws_ec2_transit_gateway.aws_euc1.id
  peer_transit_gateway_id = aws_ec2_transit_gateway.aws_euw1.id
  peer_region             = "eu-west-1"
  tags = {
    Name                = "tgw-peer"
    "netstudio:element" = "tgw-peer"
  }
}

resource "aws_ec2_transit_gateway_peering_attachment_accepter" "tgw_peer" {
  provider                      = aws.aws_euw1
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.tgw_peer.id
  tags = {
    Name                = "tgw-peer"
    "netstudio:element" = "tgw-peer"
  }
}

resource "aws_ec2_transit_gateway_route" "tgw_peer_aws_euc1" {
  provider                       = aws.aws_euc1
  destination_cidr_block         = var.aws_euw1_cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.tgw_peer.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway.aws_euc1.association_default_route_table_id
  depends_on                     = [aws_ec2_transit_gateway_peering_attachment_accepter.tgw_peer]
}

resource "aws_ec2_transit_gateway_route" "tgw_peer_aws_euw1" {
  provider                       = aws.aws_euw1
  destination_cidr_block         = var.aws_euc1_cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.tgw_peer.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway.aws_euw1.association_default_route_table_id
  depends_on                     = [aws_ec2_transit_gateway_peering_attachment_accepter.tgw_peer]
}

# muc-vpn-fra: Site-to-Site VPN from aws-euc1 to muc-office

resource "aws_customer_gateway" "muc_vpn_fra_aws_euc1" {
  provider   = aws.aws_euc1
  bgp_asn    = tostring(var.muc_office_asn)
  ip_address = var.muc_office_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "Munich operations office (muc-vpn-fra)"
    "netstudio:element" = "muc-vpn-fra"
  }
}

resource "aws_vpn_connection" "muc_vpn_fra_aws_euc1" {
  provider              = aws.aws_euc1
  customer_gateway_id   = aws_customer_gateway.muc_vpn_fra_aws_euc1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_euc1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.118.120/30"
  tunnel2_inside_cidr   = "169.254.118.124/30"
  tunnel1_preshared_key = var.muc_vpn_fra_tunnel1_psk
  tunnel2_preshared_key = var.muc_vpn_fra_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "muc-vpn-fra"
    "netstudio:element" = "muc-vpn-fra"
  }
}

# muc-vpn-dub: Site-to-Site VPN from aws-euw1 to muc-office

resource "aws_customer_gateway" "muc_vpn_dub_aws_euw1" {
  provider   = aws.aws_euw1
  bgp_asn    = tostring(var.muc_office_asn)
  ip_address = var.muc_office_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "Munich operations office (muc-vpn-dub)"
    "netstudio:element" = "muc-vpn-dub"
  }
}

resource "aws_vpn_connection" "muc_vpn_dub_aws_euw1" {
  provider              = aws.aws_euw1
  customer_gateway_id   = aws_customer_gateway.muc_vpn_dub_aws_euw1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_euw1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.108.248/30"
  tunnel2_inside_cidr   = "169.254.108.252/30"
  tunnel1_preshared_key = var.muc_vpn_dub_tunnel1_psk
  tunnel2_preshared_key = var.muc_vpn_dub_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "muc-vpn-dub"
    "netstudio:element" = "muc-vpn-dub"
  }
}

# Payments API (payments-api): DNS failover records

resource "aws_route53_health_check" "payments_api_aws_euc1" {
  provider          = aws.aws_euc1
  fqdn              = var.payments_api_aws_euc1_endpoint
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  request_interval  = 10
  failure_threshold = 3
  tags = {
    Name                = "Payments API in AWS EU (Frankfurt)"
    "netstudio:element" = "payments-api"
  }
}

resource "aws_route53_record" "payments_api_aws_euc1" {
  provider        = aws.aws_euc1
  zone_id         = var.route53_zone_id
  name            = var.payments_api_record_name
  type            = "CNAME"
  ttl             = 60
  records         = [var.payments_api_aws_euc1_endpoint]
  set_identifier  = "aws-euc1"
  health_check_id = aws_route53_health_check.payments_api_aws_euc1.id

  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_health_check" "payments_api_aws_euw1" {
  provider          = aws.aws_euc1
  fqdn              = var.payments_api_aws_euw1_endpoint
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  request_interval  = 10
  failure_threshold = 3
  tags = {
    Name                = "Payments API in AWS EU (Ireland)"
    "netstudio:element" = "payments-api"
  }
}

resource "aws_route53_record" "payments_api_aws_euw1" {
  provider        = aws.aws_euc1
  zone_id         = var.route53_zone_id
  name            = var.payments_api_record_name
  type            = "CNAME"
  ttl             = 60
  records         = [var.payments_api_aws_euw1_endpoint]
  set_identifier  = "aws-euw1"
  health_check_id = aws_route53_health_check.payments_api_aws_euw1.id

  failover_routing_policy {
    type = "SECONDARY"
  }
}

# Internal DNS (ops-dns): anycast ingress through Global Accelerator

resource "aws_globalaccelerator_accelerator" "ops_dns" {
  provider        = aws.global_accelerator
  name            = "ns-ops-dns"
  ip_address_type = "IPV4"
  enabled         = true
  tags = {
    Name                = "Internal DNS"
    "netstudio:element" = "ops-dns"
  }
}

resource "aws_globalaccelerator_listener" "ops_dns" {
  provider        = aws.global_accelerator
  accelerator_arn = aws_globalaccelerator_accelerator.ops_dns.arn
  protocol        = "TCP"
  client_affinity = "NONE"

  port_range {
    from_port = 443
    to_port   = 443
  }
}

resource "aws_globalaccelerator_endpoint_group" "ops_dns_aws_euc1" {
  provider                      = aws.global_accelerator
  listener_arn                  = aws_globalaccelerator_listener.ops_dns.arn
  endpoint_group_region         = "eu-central-1"
  health_check_interval_seconds = 30
  threshold_count               = 3

  endpoint_configuration {
    endpoint_id = var.ops_dns_aws_euc1_endpoint_arn
    weight      = 100
  }
}

resource "aws_globalaccelerator_endpoint_group" "ops_dns_aws_euw1" {
  provider                      = aws.global_accelerator
  listener_arn                  = aws_globalaccelerator_listener.ops_dns.arn
  endpoint_group_region         = "eu-west-1"
  health_check_interval_seconds = 30
  threshold_count               = 3

  endpoint_configuration {
    endpoint_id = var.ops_dns_aws_euw1_endpoint_arn
    weight      = 100
  }
}
