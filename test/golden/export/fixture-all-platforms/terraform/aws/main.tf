# AWS Frankfurt (aws-euc1)

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
    Name                = "AWS Frankfurt"
    "netstudio:element" = "aws-euc1"
  }
}

resource "aws_subnet" "aws_euc1_mgmt" {
  provider   = aws.aws_euc1
  vpc_id     = aws_vpc.aws_euc1.id
  cidr_block = var.aws_euc1_subnet_cidrs["mgmt"]
  tags = {
    Name                = "AWS Frankfurt mgmt"
    "netstudio:element" = "mgmt"
  }
}

resource "aws_subnet" "aws_euc1_app" {
  provider   = aws.aws_euc1
  vpc_id     = aws_vpc.aws_euc1.id
  cidr_block = var.aws_euc1_subnet_cidrs["app"]
  tags = {
    Name                = "AWS Frankfurt app"
    "netstudio:element" = "app"
  }
}

resource "aws_subnet" "aws_euc1_users" {
  provider   = aws.aws_euc1
  vpc_id     = aws_vpc.aws_euc1.id
  cidr_block = var.aws_euc1_subnet_cidrs["users"]
  tags = {
    Name                = "AWS Frankfurt users"
    "netstudio:element" = "users"
  }
}

resource "aws_subnet" "aws_euc1_tgw_0" {
  provider          = aws.aws_euc1
  vpc_id            = aws_vpc.aws_euc1.id
  cidr_block        = cidrsubnet(var.aws_euc1_transit_cidr, 5, 0)
  availability_zone = data.aws_availability_zones.aws_euc1.names[0]
  tags = {
    Name                = "AWS Frankfurt TGW attachment 1"
    "netstudio:element" = "aws-euc1"
  }
}

resource "aws_subnet" "aws_euc1_tgw_1" {
  provider          = aws.aws_euc1
  vpc_id            = aws_vpc.aws_euc1.id
  cidr_block        = cidrsubnet(var.aws_euc1_transit_cidr, 5, 1)
  availability_zone = data.aws_availability_zones.aws_euc1.names[1]
  tags = {
    Name                = "AWS Frankfurt TGW attachment 2"
    "netstudio:element" = "aws-euc1"
  }
}

resource "aws_ec2_transit_gateway" "aws_euc1" {
  provider                        = aws.aws_euc1
  description                     = "AWS Frankfurt transit gateway"
  amazon_side_asn                 = var.aws_euc1_asn
  default_route_table_association = "enable"
  default_route_table_propagation = "enable"
  vpn_ecmp_support                = "enable"
  tags = {
    Name                = "AWS Frankfurt TGW"
    "netstudio:element" = "aws-euc1"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "aws_euc1" {
  provider           = aws.aws_euc1
  transit_gateway_id = aws_ec2_transit_gateway.aws_euc1.id
  vpc_id             = aws_vpc.aws_euc1.id
  subnet_ids         = [aws_subnet.aws_euc1_tgw_0.id, aws_subnet.aws_euc1_tgw_1.id]
  tags = {
    Name                = "AWS Frankfurt VPC attachment"
    "netstudio:element" = "aws-euc1"
  }
}

resource "aws_route" "aws_euc1_to_edge_lx" {
  provider               = aws.aws_euc1
  route_table_id         = aws_vpc.aws_euc1.main_route_table_id
  destination_cidr_block = var.edge_lx_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_euc1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_euc1]
}

# lx-vpn-aws: Site-to-Site VPN from aws-euc1 to edge-lx

resource "aws_customer_gateway" "lx_vpn_aws_aws_euc1" {
  provider   = aws.aws_euc1
  bgp_asn    = tostring(var.edge_lx_asn)
  ip_address = var.edge_lx_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "Linux edge\nsecond line (lx-vpn-aws)"
    "netstudio:element" = "lx-vpn-aws"
  }
}

resource "aws_vpn_connection" "lx_vpn_aws_aws_euc1" {
  provider              = aws.aws_euc1
  customer_gateway_id   = aws_customer_gateway.lx_vpn_aws_aws_euc1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_euc1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.79.128/30"
  tunnel2_inside_cidr   = "169.254.79.132/30"
  tunnel1_preshared_key = var.lx_vpn_aws_tunnel1_psk
  tunnel2_preshared_key = var.lx_vpn_aws_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "lx-vpn-aws"
    "netstudio:element" = "lx-vpn-aws"
  }
}

# Feed (feed): DNS failover records

resource "aws_route53_health_check" "feed_aws_euc1" {
  provider          = aws.aws_euc1
  fqdn              = var.feed_aws_euc1_endpoint
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  request_interval  = 30
  failure_threshold = 3
  tags = {
    Name                = "Feed in AWS Frankfurt"
    "netstudio:element" = "feed"
  }
}

resource "aws_route53_record" "feed_aws_euc1" {
  provider        = aws.aws_euc1
  zone_id         = var.route53_zone_id
  name            = var.feed_record_name
  type            = "CNAME"
  ttl             = 60
  records         = [var.feed_aws_euc1_endpoint]
  set_identifier  = "aws-euc1"
  health_check_id = aws_route53_health_check.feed_aws_euc1.id

  failover_routing_policy {
    type = "PRIMARY"
  }
}
